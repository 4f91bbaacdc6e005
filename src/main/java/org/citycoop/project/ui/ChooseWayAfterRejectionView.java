package org.citycoop.project.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.funding.FundingApplication;
import org.citycoop.funding.FundingApplicationSummary;
import org.citycoop.funding.FundingService;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.project.WayOn;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * Task screen of {@code Task_ChooseWayAfterRejection}: with the agency's answer on the last
 * application in view, the officer revises for the next call, continues on the own budget
 * (the manager then approves it) or cancels the project.
 */
@Route(value = "task/" + ProjectProcess.FORM_CHOOSE_WAY_AFTER_REJECTION + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class ChooseWayAfterRejectionView extends ProjectTaskView {

    private final ProjectLifecycleService lifecycle;
    private final FundingService funding;

    ChooseWayAfterRejectionView(ProjectService projects, ProjectLifecycleService lifecycle, FundingService funding,
                                TaskSubjectLookup subjects, CurrentUser currentUser) {
        super(ProjectProcess.TASK_CHOOSE_WAY_AFTER_REJECTION, "way-on.title", projects, subjects, currentUser);
        this.lifecycle = lifecycle;
        this.funding = funding;
    }

    @Override
    void fill(ProjectTask task) {
        lastApplication(task.project().code()).ifPresent(this::showAnswer);
        add(new DecisionForm<>("way-on", List.of(WayOn.values()), "wayOn", "comment", task.project().code(),
                (way, comment) -> lifecycle.chooseWayOn(task.task().id(), way, comment, user())));
    }

    private Optional<FundingApplication> lastApplication(String code) {
        List<FundingApplicationSummary> rounds = funding.applicationsOf(code, user());
        return rounds.isEmpty() ? Optional.empty() : funding.application(code, rounds.get(rounds.size() - 1).round(), user());
    }

    private void showAnswer(FundingApplication application) {
        String reason = application.lastDecision().map(FundingApplication.Decision::reason).orElse(null);
        add(Facts.card(getTranslation("way-on.section.answer", application.round()),
                Facts.fact(this, "way-on.field.scheme", application.scheme().name()),
                Facts.fact(this, "way-on.field.status", getTranslation("funding.status." + application.status().name())),
                Facts.wideFact(this, "way-on.field.reason", reason == null ? getTranslation("way-on.no-reason") : reason)));
    }
}
