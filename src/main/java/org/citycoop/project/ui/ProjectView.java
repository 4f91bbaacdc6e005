package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.AgreementSummaryPrintout;
import org.citycoop.project.CooperationAgreement;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.project.ProjectDocumentService;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectStatus;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.ui.TaskNames;
import org.citycoop.workflow.ui.TaskScreens;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One project: its facts, its open tasks, the sections other features add (the follow-up's
 * indicators), and for a manager of the lead the means to suspend,
 * resume or cancel it. The services decide who may; the buttons only spare others a refusal.
 */
@Route(value = "projects/:" + ProjectView.CODE, layout = MainLayout.class)
@PermitAll
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final ProjectService projects;
    private final ProjectLifecycleService lifecycle;
    private final ProjectDocumentService documents;
    private final ProjectCommentService comments;
    private final AgreementSummaryPrintout agreementPrintout;
    private final CurrentUser currentUser;
    private final List<ProjectPageSection> sections;
    private String code = "";

    ProjectView(ProjectService projects, ProjectLifecycleService lifecycle, ProjectDocumentService documents,
                ProjectCommentService comments, AgreementSummaryPrintout agreementPrintout, CurrentUser currentUser,
                ObjectProvider<ProjectPageSection> sections) {
        this.agreementPrintout = agreementPrintout;
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.comments = comments;
        this.currentUser = currentUser;
        this.sections = sections.orderedStream().toList();
        setMaxWidth("960px");
    }

    static String routeOf(String code) {
        return "projects/" + code;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get(CODE).orElse("");
        TaskScreens.load(event, () -> projects.require(code, currentUser.require())).ifPresent(this::show);
    }

    private void show(Project project) {
        removeAll();
        CityCoopUser user = currentUser.require();
        add(new ProjectSummary(project));
        if (project.status() == ProjectStatus.SUSPENDED) {
            lifecycle.suspensionReason(project.code(), user).ifPresent(reason ->
                    add(new Paragraph(getTranslation("project.suspended.reason", reason))));
        }
        if (user.hasRole(Roles.MANAGER) && project.leadCode().equals(user.organisationCode())) {
            add(managerActions(project));
        }
        add(openTasks(projects.openTasks(project.code(), user)));
        add(agreement(project.code(), lifecycle.agreement(project.code(), user)));
        sections.forEach(section -> section.of(project, user).ifPresent(this::add));
        Runnable reload = () -> show(projects.require(code, currentUser.require()));
        add(new ProjectDocuments(project.code(), documents, currentUser, reload));
        add(CommentThread.ofProject(project.code(), comments, currentUser, reload));
        add(ProjectTimeline.of(this, projects.timeline(project.code(), user)));
    }

    private Div openTasks(List<WorkTask> tasks) {
        if (tasks.isEmpty()) {
            return FactCards.section("project-tasks", getTranslation("project.open-tasks"),
                    new Paragraph(getTranslation("project.open-tasks.none")));
        }
        UnorderedList list = new UnorderedList();
        tasks.forEach(task -> {
            ListItem item = new ListItem(new Anchor(task.route(), TaskNames.of(this, task)));
            Span assignee = new Span(task.assignee() == null ? getTranslation("projectpage.unassigned")
                    : getTranslation("projectpage.assignee", task.assignee()));
            assignee.addClassName("entry-meta");
            item.add(assignee);
            list.add(item);
        });
        return FactCards.section("project-tasks", getTranslation("project.open-tasks"), list);
    }

    private Div agreement(String projectCode, Optional<CooperationAgreement> agreement) {
        String title = getTranslation("projectpage.mou");
        return agreement.map(mou -> FactCards.section("project-mou", title,
                        FactCards.fact(getTranslation("projectpage.mou.lead"), mou.leadSignatory()),
                        FactCards.fact(getTranslation("projectpage.mou.partner"), mou.partnerSignatory()),
                        FactCards.fact(getTranslation("projectpage.mou.signed"), Formats.documentDate(mou.signedOn())),
                        FactCards.fact(getTranslation("projectpage.mou.expires"), Formats.documentDate(mou.expiresOn())),
                        PrintLinks.agreement(this, agreementPrintout, projectCode, currentUser)))
                .orElseGet(() -> FactCards.section("project-mou", title, new Paragraph(getTranslation("projectpage.mou.none"))));
    }

    private HorizontalLayout managerActions(Project project) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        switch (project.status()) {
            case SUSPENDED -> {
                Button resume = new Button(getTranslation("project.resume"), click -> act(
                        () -> lifecycle.resume(project.code(), currentUser.require()), "project.resumed"));
                resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(resume, cancelButton(project));
            }
            case CLOSED, CANCELLED -> { }
            default -> actions.add(new Button(getTranslation("project.suspend"), click -> new ReasonDialog(
                    getTranslation("project.suspend.title", project.code()), getTranslation("project.suspend.reason"),
                    getTranslation("project.suspend"), reason -> lifecycle.suspend(project.code(), reason, currentUser.require()),
                    () -> refresh("project.suspended")).open()), cancelButton(project));
        }
        return actions;
    }

    private Button cancelButton(Project project) {
        Button cancel = new Button(getTranslation("project.cancel"), click -> new ReasonDialog(
                getTranslation("project.cancel.title", project.code()), getTranslation("project.cancel.reason"),
                getTranslation("project.cancel"), reason -> lifecycle.cancel(project.code(), reason, currentUser.require()),
                () -> refresh("project.cancelled")).open());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return cancel;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            refresh(doneKey);
        } catch (InvalidInputException refused) {
            TaskScreens.showProblems(refused.problems());
        }
    }

    private void refresh(String doneKey) {
        TaskScreens.confirm(getTranslation(doneKey, code));
        show(projects.require(code, currentUser.require()));
    }

    @Override
    public String getPageTitle() {
        return code + " | " + getTranslation("app.name");
    }
}
