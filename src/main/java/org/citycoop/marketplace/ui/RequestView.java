package org.citycoop.marketplace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ReferenceItem;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.marketplace.CooperationRequest;
import org.citycoop.marketplace.CooperationRequestService;
import org.citycoop.marketplace.CountryFramework;
import org.citycoop.marketplace.CountryFrameworkService;
import org.citycoop.marketplace.Match;
import org.citycoop.marketplace.MatchingService;
import org.citycoop.marketplace.ProposalTerms;
import org.citycoop.marketplace.RequestAnswer;
import org.citycoop.marketplace.RequestComment;
import org.citycoop.peerlearning.GoodPracticeService;
import org.citycoop.project.ParticipantRole;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectParticipantService;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.project.ReferenceKeys;

/**
 * One request: what is asked, the country's framework, the offers that fit with their reasons, the
 * answers and the discussion; an officer answers it or turns it into a project proposal here.
 */
@Route(value = RequestView.ROUTE_PREFIX + ":" + RequestView.REQUEST_ID, layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.MANAGER, Roles.PARTNER, Roles.ADMIN})
class RequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "marketplace/requests/";
    static final String REQUEST_ID = "requestId";
    private static final int PRACTICES_SHOWN = 3;

    private final CooperationRequestService requests;
    private final MatchingService matching;
    private final CountryFrameworkService frameworks;
    private final ProjectService projects;
    private final ProjectParticipantService participants;
    private final GoodPracticeService practices;
    private final CurrentUser currentUser;
    private String title = "";

    RequestView(CooperationRequestService requests, MatchingService matching, CountryFrameworkService frameworks, ProjectService projects,
                ProjectParticipantService participants, GoodPracticeService practices, CurrentUser currentUser) {
        this.requests = requests;
        this.matching = matching;
        this.frameworks = frameworks;
        this.projects = projects;
        this.participants = participants;
        this.practices = practices;
        this.currentUser = currentUser;
        setMaxWidth("1200px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CityCoopUser user = currentUser.require();
        long id = event.getRouteParameters().get(REQUEST_ID).filter(value -> value.matches("\\d{1,18}")).map(Long::parseLong).orElse(-1L);
        requests.find(id, user).ifPresentOrElse(this::show, () -> {
            removeAll();
            add(new H2(getTranslation("marketplace.title")), new Paragraph(getTranslation("marketplace.not-available")));
        });
    }

    private void show(CooperationRequest request) {
        removeAll();
        title = request.title();
        CityCoopUser user = currentUser.require();
        Span status = new Span(getTranslation("marketplace.status." + request.status().name()));
        status.getElement().getThemeList().add("badge");
        add(new H2(request.title()), status, facts(request), section("marketplace.field.problem", request.problem()),
                section("marketplace.field.expectedOutcomes", request.expectedOutcomes()));
        if (request.projectCode() != null) {
            add(new Paragraph(new Span(getTranslation("marketplace.request.project") + " "),
                    new Anchor("projects/" + request.projectCode(), request.projectCode())));
        }
        add(framework(request));
        List<Match> found = matching.offersFor(request.id(), user);
        add(new H3(getTranslation("marketplace.request.matches")), matches(found));
        add(new RelatedPractices(practices.relatedTo(request.themeCode(), request.countryIso2(), request.region(),
                found.stream().flatMap(match -> match.offer().keywords().stream()).distinct().toList(), PRACTICES_SHOWN, user)));
        add(new H3(getTranslation("marketplace.request.answers")));
        List<RequestAnswer> answers = requests.answersOf(request.id(), user);
        answers.forEach(answer -> add(new Paragraph(Formats.name(answer.organisationName()) + " ("
                + Formats.date(answer.answeredAt()) + "): " + answer.message())));
        boolean answeredAlready = answers.stream().anyMatch(answer -> answer.organisationCode().equals(user.organisationCode()));
        if (request.status().isOpen() && requests.mayAnswer(user) && !answeredAlready) {
            add(answerForm(request));
        }
        add(new H3(getTranslation("marketplace.request.comments")));
        for (RequestComment comment : requests.commentsOf(request.id(), user)) {
            add(new Paragraph(Formats.name(comment.authorName()) + ", " + Formats.name(comment.organisationName()) + " ("
                    + Formats.dateTime(comment.writtenAt()) + "): " + comment.body()));
        }
        add(commentForm(request));
        if (request.status().isOpen() && requests.mayPropose(user)) {
            add(proposeForm(request));
        }
        projects.find(request.projectCode() == null ? "" : request.projectCode(), user)
                .filter(project -> project.leadCode().equals(user.organisationCode()) && user.hasRole(Roles.OFFICER))
                .ifPresent(project -> add(inviteForm(request, project, answers)));
        if (request.status().isOpen() && request.requesterCode().equals(user.organisationCode()) && requests.maySubmit(user)) {
            Button withdraw = new Button(getTranslation("marketplace.request.withdraw"), click -> {
                requests.withdraw(request.id(), currentUser.require());
                reload(request);
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(withdraw);
        }
    }

    private Div facts(CooperationRequest request) {
        Div facts = new Div(
                fact("marketplace.column.requester", Formats.name(request.requesterName())),
                fact("marketplace.field.city", Formats.name(request.city()) + ", " + Formats.name(request.countryName())),
                fact("marketplace.field.themeCode", getTranslation(ReferenceKeys.THEME + request.themeCode())),
                fact("marketplace.field.preferredForms", request.preferredForms().stream().sorted()
                        .map(form -> getTranslation("marketplace.form." + form.name())).collect(Collectors.joining(", "))),
                fact("marketplace.request.timing", Formats.month(request.timingFrom()) + " – " + Formats.month(request.timingTo())),
                fact("marketplace.field.languages", Formats.languages(request.languages())));
        facts.addClassName("plan-row");
        return facts;
    }

    private Div framework(CooperationRequest request) {
        Div card = new Div(new H3(getTranslation("marketplace.framework.of", Formats.name(request.countryName()))));
        CountryFramework framework = frameworks.of(request.countryIso2()).orElseThrow();
        card.add(fact("marketplace.framework.safety", framework.travelSafetyLevel() == null ? getTranslation("travel-safety.none")
                : getTranslation("travel-safety.level." + framework.travelSafetyLevel())));
        if (framework.recorded()) {
            String priority = framework.priorities().get(request.themeCode());
            card.add(fact("marketplace.framework.priority", priority == null ? getTranslation("marketplace.framework.no-priority") : priority),
                    fact("marketplace.field.schemeCodes", String.join(", ", framework.schemeCodes())),
                    fact("marketplace.field.contacts", framework.contacts()));
        } else {
            card.add(new Paragraph(getTranslation("marketplace.framework.none")));
        }
        card.add(new Anchor(FrameworkView.ROUTE_PREFIX + request.countryIso2(), getTranslation("marketplace.framework.open")));
        return card;
    }

    private Grid<Match> matches(List<Match> found) {
        Grid<Match> grid = new Grid<>();
        grid.addComponentColumn(MarketplaceTexts::score).setHeader(getTranslation("marketplace.column.score")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(match -> match.offer().title()).setHeader(getTranslation("marketplace.column.offer")).setFlexGrow(2);
        grid.addColumn(match -> Formats.name(match.offer().organisationName())).setHeader(getTranslation("marketplace.column.organisation"))
                .setFlexGrow(2);
        grid.addColumn(match -> MarketplaceTexts.reasons(this, match)).setHeader(getTranslation("marketplace.column.reasons")).setFlexGrow(4);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(OfferView.ROUTE_PREFIX + click.getItem().offer().id())));
        grid.setItems(found);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("marketplace.request.no-matches"));
        return grid;
    }

    private Div answerForm(CooperationRequest request) {
        TextArea message = new TextArea(getTranslation("marketplace.field.answer"));
        message.setWidthFull();
        Button answer = new Button(getTranslation("marketplace.request.answer"), click -> {
            try {
                requests.answer(request.id(), message.getValue(), currentUser.require());
                done("marketplace.request.answered");
                reload(request);
            } catch (InvalidInputException refused) {
                TaskScreens.showProblems(new ServerProblems().field("answer", message).show(refused));
            }
        });
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(message, answer);
        form.setWidthFull();
        return form;
    }

    private Div commentForm(CooperationRequest request) {
        TextArea body = new TextArea(getTranslation("marketplace.field.comment"));
        body.setWidthFull();
        Button comment = new Button(getTranslation("marketplace.request.comment"), click -> {
            try {
                requests.comment(request.id(), body.getValue(), currentUser.require());
                reload(request);
            } catch (InvalidInputException refused) {
                TaskScreens.showProblems(new ServerProblems().field("comment", body).show(refused));
            }
        });
        Div form = new Div(body, comment);
        form.setWidthFull();
        return form;
    }

    private Div proposeForm(CooperationRequest request) {
        ComboBox<ReferenceItem> type = new ComboBox<>(getTranslation("project.field.type"));
        type.setItems(projects.cooperationTypes());
        type.setItemLabelGenerator(item -> getTranslation(ReferenceKeys.COOPERATION_TYPE + item.code()));
        type.setWidth("24em");
        TextField budget = new TextField(getTranslation("project.field.budget"));
        budget.setHelperText(getTranslation("project.field.budget.help"));
        Button propose = new Button(getTranslation("marketplace.request.propose"), click -> {
            Long yen = budget.getValue().strip().matches("\\d{1,15}") ? Long.valueOf(budget.getValue().strip()) : null;
            try {
                Project project = requests.propose(request.id(), new ProposalTerms(type.getValue() == null ? null : type.getValue().code(), yen),
                        currentUser.require());
                Notification.show(getTranslation("project.propose.done", project.code()), 6000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("projects/" + project.code()));
            } catch (InvalidInputException refused) {
                TaskScreens.showProblems(new ServerProblems().field("cooperationTypeCode", type).field("budgetJpy", budget).show(refused));
            }
        });
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(type, budget, propose);
        row.addClassName("plan-row");
        return new Div(new H3(getTranslation("marketplace.request.propose.title")),
                new Paragraph(getTranslation("marketplace.request.propose.intro")), row);
    }

    /** The lead's officer invites an organisation that answered into the project the request became. */
    private Div inviteForm(CooperationRequest request, Project project, List<RequestAnswer> answers) {
        ComboBox<RequestAnswer> organisation = new ComboBox<>(getTranslation("marketplace.invite.organisation"));
        organisation.setItems(answers.stream().filter(answer -> !answer.organisationCode().equals(project.leadCode())).toList());
        organisation.setItemLabelGenerator(answer -> Formats.name(answer.organisationName()));
        organisation.setWidth("24em");
        Select<ParticipantRole> role = new Select<>();
        role.setLabel(getTranslation("marketplace.invite.role"));
        role.setItems(ParticipantRole.values());
        role.setItemLabelGenerator(value -> getTranslation("project.participant-role." + value.name()));
        Button invite = new Button(getTranslation("marketplace.invite.button"), click -> {
            try {
                participants.invite(project.code(), organisation.getValue() == null ? null : organisation.getValue().organisationCode(),
                        role.getValue(), currentUser.require());
                done("marketplace.invite.done");
                reload(request);
            } catch (InvalidInputException refused) {
                TaskScreens.showProblems(new ServerProblems().field("organisation", organisation).field("role", role).show(refused));
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(organisation, role, invite);
        row.addClassName("plan-row");
        List<String> invited = participants.participantsOf(project.code(), currentUser.require()).stream()
                .map(participant -> Formats.name(participant.organisationName()) + " ("
                        + getTranslation("project.participant-role." + participant.role().name()) + ")").toList();
        return new Div(new H3(getTranslation("marketplace.invite.title")), new Paragraph(invited.isEmpty()
                ? getTranslation("marketplace.invite.none") : String.join(", ", invited)), row);
    }

    private Div fact(String labelKey, String value) {
        Div fact = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    private Div section(String labelKey, String text) {
        return new Div(new H3(getTranslation(labelKey)), new Paragraph(text));
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void reload(CooperationRequest request) {
        requests.find(request.id(), currentUser.require()).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(RequestsView.ROUTE)));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
