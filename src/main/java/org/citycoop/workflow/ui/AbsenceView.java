package org.citycoop.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.citycoop.name.Name;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.NotAvailableException;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.Absence;
import org.citycoop.workflow.AbsenceService;
import org.citycoop.workflow.NewAbsence;

/**
 * The signed-in user's absences and those in which they stand in for a colleague (a manager: the
 * organisation's), and the form to record one: who is away (a manager may choose a colleague),
 * from, to, and the substitute (DD027).
 */
@Route(value = AbsenceView.ROUTE, layout = MainLayout.class)
@PermitAll
class AbsenceView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "settings/absence";

    private final AbsenceService absences;
    private final CityCoopUser user;
    private final Clock clock;
    private final ComboBox<String> absent = new ComboBox<>();
    private final DatePicker firstDay = new DatePicker();
    private final DatePicker lastDay = new DatePicker();
    private final ComboBox<String> substitute = new ComboBox<>();
    private final VerticalLayout list = new VerticalLayout();

    AbsenceView(AbsenceService absences, CurrentUser currentUser, Clock clock) {
        this.absences = absences;
        this.user = currentUser.require();
        this.clock = clock;
        setMaxWidth("720px");
        addClassName("absences");

        Map<String, Name> markable = absences.whoMayBeMarkedAbsent(user);
        absent.setId("absence-user");
        absent.setLabel(getTranslation("absence.user"));
        absent.setItems(ColleagueLabels.inReadingOrder(markable.keySet(), markable, getLocale()));
        absent.setItemLabelGenerator(ColleagueLabels.of(markable));
        absent.setValue(user.getUsername());
        // only a manager records a colleague's absence: for everyone else the field says whose it is
        absent.setReadOnly(markable.size() == 1);
        absent.addValueChangeListener(change -> offerSubstitutes());
        firstDay.setId("absence-first-day");
        firstDay.setLabel(getTranslation("absence.first-day"));
        // no earliest day: an absence may be recorded late (off sick since Monday); only its end must not be past
        firstDay.setLocale(getLocale());
        lastDay.setId("absence-last-day");
        lastDay.setLabel(getTranslation("absence.last-day"));
        lastDay.setHelperText(getTranslation("absence.last-day.help"));
        lastDay.setLocale(getLocale());
        lastDay.setMin(LocalDate.now(clock));
        firstDay.addValueChangeListener(change -> {
            if (change.getValue() != null && lastDay.getValue() == null) {
                lastDay.setInitialPosition(change.getValue());
            }
        });
        substitute.setId("absence-substitute");
        substitute.setLabel(getTranslation("absence.substitute"));
        substitute.setHelperText(getTranslation("absence.substitute.help"));
        offerSubstitutes();

        FormLayout form = new FormLayout(absent, substitute, firstDay, lastDay);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        Button record = new Button(getTranslation("absence.record"), click -> record());
        record.setId("absence-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        list.setPadding(false);
        add(new H2(getTranslation("absence.title")), new Paragraph(getTranslation("absence.intro")),
                new H3(getTranslation("absence.new")), form, record, new H3(getTranslation("absence.list")), list);
        show();
    }

    private void offerSubstitutes() {
        Map<String, Name> possible = absences.possibleSubstitutes(absent.getValue(), user);
        substitute.clear();
        substitute.setItems(ColleagueLabels.inReadingOrder(possible.keySet(), possible, getLocale()));
        substitute.setItemLabelGenerator(ColleagueLabels.of(possible));
    }

    private void record() {
        List.of(absent, substitute).forEach(field -> field.setInvalid(false));
        List.of(firstDay, lastDay).forEach(field -> field.setInvalid(false));
        try {
            Absence recorded = absences.record(new NewAbsence(absent.getValue(), firstDay.getValue(), lastDay.getValue(),
                    substitute.getValue()), user);
            Notification.show(getTranslation("absence.recorded", recorded.name().in(getLocale()), recorded.substituteName().in(getLocale())), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            firstDay.clear();
            lastDay.clear();
            substitute.clear();
            show();
        } catch (InvalidInputException refused) {
            new ServerProblems().field("username", absent).field("firstDay", firstDay).field("lastDay", lastDay)
                    .field("substitute", substitute).show(refused);
        }
    }

    private void show() {
        list.removeAll();
        List<Absence> shown = absences.absencesConcerning(user);
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("absence.none")));
        }
        shown.forEach(absence -> list.add(card(absence)));
    }

    private Div card(Absence absence) {
        LocalDate today = LocalDate.now(clock);
        Div card = new Div();
        card.addClassName("absence-card");
        card.setId("absence-" + absence.id());
        String state = absence.isOver(today) ? "absence.state.over"
                : absence.isRunning(today) ? "absence.state.running" : "absence.state.coming";
        Span badge = new Span(getTranslation(state));
        badge.addClassNames("absence-state", state.substring(state.lastIndexOf('.') + 1));
        String who = absence.username().equals(user.getUsername()) ? getTranslation("absence.card.me", absence.substituteName().in(getLocale()))
                : absence.substitute().equals(user.getUsername()) ? getTranslation("absence.card.i-stand-in", absence.name().in(getLocale()))
                : getTranslation("absence.card.colleague", absence.name().in(getLocale()),
                        absence.substituteName().in(getLocale()));
        Span period = new Span(getTranslation("absence.card.period", Formats.date(absence.firstDay(), getLocale()),
                Formats.date(absence.lastDay(), getLocale())));
        period.addClassName("entry-meta");
        card.add(badge, new Span(who), period);
        if (!absence.isOver(today) && absences.mayChange(absence, user)) {
            Button end = new Button(getTranslation(absence.firstDay().isBefore(today) ? "absence.end" : "absence.delete"),
                    click -> end(absence));
            end.setId("absence-end-" + absence.id());
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            card.add(end);
        }
        return card;
    }

    private void end(Absence absence) {
        try {
            absences.end(absence.id(), user);
            Notification.show(getTranslation("absence.ended", absence.name().in(getLocale())), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException | NotAvailableException gone) {
            Notification.show(getTranslation("absence.changed-meanwhile"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("absence.title") + " | " + getTranslation("app.name");
    }
}
