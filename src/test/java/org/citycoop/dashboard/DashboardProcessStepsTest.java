package org.citycoop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.citycoop.dashboard.DashboardFixture.manager;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.citycoop.CityCoopTest;
import org.citycoop.base.InvalidInputException;
import org.citycoop.dashboard.DashboardFixture.Organisations;
import org.citycoop.name.Name;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The process-diagram panel's figures: where the projects of a manager's organisation stand in the
 * main process, counted from the engine's runtime tables. Each test starts the main processes of
 * projects of its own organisations just before known steps, so every count is exact; tasks of a
 * building block count at the call activity that called it, however deep; suspended projects count
 * nowhere; no manager sees or lists another organisation's projects.
 */
@CityCoopTest
class DashboardProcessStepsTest {

    @Autowired DashboardService dashboards;
    @Autowired DashboardFixture fixture;

    @Test
    void eachStepCountsTheProjectsWaitingThereAndThoseWithOverdueWork() {
        Organisations orgs = fixture.organisations();
        long screened = project(orgs.lead());
        long screenedLate = project(orgs.lead());
        long studying = project(orgs.lead());
        long deciding = project(orgs.lead());
        long suspended = project(orgs.lead());
        project(orgs.lead()); // imported: no process, counts nowhere
        long othersScreening = project(orgs.other());
        fixture.processAt(screened, "Task_ScreenProposal");
        fixture.processAt(screenedLate, "Task_ScreenProposal");
        fixture.overdue(screenedLate, "Task_ScreenProposal");
        fixture.processAt(studying, "CallActivity_FeasibilityStudy");
        fixture.overdue(studying, "Task_DefineStudyScope");
        fixture.processAt(deciding, "Task_DecideGoNoGo");
        fixture.processAt(suspended, "Task_ScreenProposal");
        fixture.overdue(suspended, "Task_ScreenProposal");
        fixture.suspend(suspended);
        fixture.processAt(othersScreening, "Task_ScreenProposal");

        ProcessSteps lead = dashboards.projectsAtSteps(manager(orgs.lead()));

        assertThat(lead.bpmnXml()).contains("id=\"CooperationProjectProcess\"").contains("bpmndi:BPMNDiagram");
        assertThat(lead.steps().get(0).stepId()).as("steps in the order of the model").isEqualTo("Task_ScreenProposal");
        assertThat(lead.steps()).extracting(ProcessSteps.Step::stepId)
                .contains("Task_GiveConsent", "CallActivity_TrainingProgrammes", "Task_RenewAgreement")
                .as("a building block's own tasks are not steps of the main process").doesNotContain("Task_DefineStudyScope");
        assertThat(waitingAndOverdue(lead)).containsOnly(
                Map.entry("Task_ScreenProposal", "2/1"),
                Map.entry("CallActivity_FeasibilityStudy", "1/1"),
                Map.entry("Task_DecideGoNoGo", "1/0"));
        assertThat(lead.steps()).filteredOn(step -> step.stepId().equals("Task_PlanImplementation"))
                .extracting(ProcessSteps.Step::name, ProcessSteps.Step::waiting).containsExactly(tuple("Plan implementation", 0L));

        assertThat(waitingAndOverdue(dashboards.projectsAtSteps(manager(orgs.other()))))
                .containsOnly(Map.entry("Task_ScreenProposal", "1/0"));
    }

    @Test
    void aStepListsItsProjectsTheLongestWaitingFirstWithTheirPartnerAndOverdueWork() {
        Organisations orgs = fixture.organisations();
        long first = project(orgs.lead());
        long second = project(orgs.lead());
        long others = project(orgs.other());
        fixture.processAt(first, "CallActivity_FeasibilityStudy");
        fixture.processAt(second, "CallActivity_FeasibilityStudy");
        fixture.overdue(second, "Task_DefineStudyScope");
        fixture.processAt(others, "CallActivity_FeasibilityStudy");

        var waiting = dashboards.projectsWaitingAt("CallActivity_FeasibilityStudy", manager(orgs.lead()));

        assertThat(waiting).extracting(WaitingProject::code, WaitingProject::partnerName, WaitingProject::overdue).containsExactly(
                tuple(fixture.codeOf(first), Name.english("Partner ID " + orgs.lead().substring(1, 8)), false),
                tuple(fixture.codeOf(second), Name.english("Partner ID " + orgs.lead().substring(1, 8)), true));
        assertThat(waiting.get(0).title()).isEqualTo("Dashboard test " + fixture.codeOf(first));
        assertThat(waiting.get(0).waitingSince()).isBeforeOrEqualTo(waiting.get(1).waitingSince());
        assertThat(dashboards.projectsWaitingAt("CallActivity_FeasibilityStudy", manager(orgs.other())))
                .extracting(WaitingProject::code).containsExactly(fixture.codeOf(others));
        assertThat(dashboards.projectsWaitingAt("Task_DecideGoNoGo", manager(orgs.lead()))).isEmpty();
    }

    @Test
    void aMemberCityCountsItsCooperativesProjects() {
        Organisations orgs = fixture.organisations();
        long cooperatives = project(orgs.cooperative());
        fixture.processAt(cooperatives, "Task_PlanImplementation");

        assertThat(waitingAndOverdue(dashboards.projectsAtSteps(manager(orgs.member()))))
                .containsOnly(Map.entry("Task_PlanImplementation", "1/0"));
        assertThat(dashboards.projectsWaitingAt("Task_PlanImplementation", manager(orgs.member())))
                .extracting(WaitingProject::code).containsExactly(fixture.codeOf(cooperatives));
    }

    @Test
    void workOfABuildingBlockCalledByABuildingBlockCountsAtTheMainProcesssCallActivity() {
        Organisations orgs = fixture.organisations();
        long visiting = project(orgs.lead());
        fixture.processAt(visiting, "CallActivity_FollowUp");
        fixture.moveBlock(visiting, "FollowUpProcess", "CallActivity_FollowUpVisit");
        fixture.overdue(visiting, "Task_WriteTermsOfReference");

        assertThat(waitingAndOverdue(dashboards.projectsAtSteps(manager(orgs.lead()))))
                .containsOnly(Map.entry("CallActivity_FollowUp", "1/1"));
    }

    @Test
    void yokohamasManagerNeverSeesKitakyushusProjectsAtAStep() {
        Map<String, String> yokohamaBefore = waitingAndOverdue(dashboards.projectsAtSteps(manager("YOK")));
        long kitakyushus = fixture.project("KIT", "SBY", "WASTE", LocalDate.of(2031, 4, 1));
        fixture.processAt(kitakyushus, "Task_ApproveOwnBudget");
        fixture.overdue(kitakyushus, "Task_ApproveOwnBudget");

        assertThat(waitingAndOverdue(dashboards.projectsAtSteps(manager("YOK")))).isEqualTo(yokohamaBefore);
        assertThat(dashboards.projectsWaitingAt("Task_ApproveOwnBudget", manager("YOK")))
                .extracting(WaitingProject::code).doesNotContain(fixture.codeOf(kitakyushus));
        assertThat(dashboards.projectsWaitingAt("Task_ApproveOwnBudget", manager("KIT")))
                .extracting(WaitingProject::code).contains(fixture.codeOf(kitakyushus));
        assertThat(dashboards.projectsAtSteps(DashboardFixture.user("ADMIN", Roles.ADMIN)).steps())
                .filteredOn(step -> step.stepId().equals("Task_ApproveOwnBudget"))
                .allSatisfy(step -> assertThat(step.overdue()).as("the administrator counts every project").isPositive());
    }

    @Test
    void onlyManagersAndAdministratorsGetFiguresAndOnlyForStepsOfTheMainProcess() {
        CityCoopUser officer = DashboardFixture.user("KIT", Roles.OFFICER);
        assertThatThrownBy(() -> dashboards.projectsAtSteps(officer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.projectsWaitingAt("Task_ScreenProposal", officer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.projectsWaitingAt("Task_DefineStudyScope", manager("KIT")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Step");
    }

    private long project(String lead) {
        return fixture.project(lead, lead.substring(0, 8) + "PID", "WASTE", LocalDate.of(2031, 4, 1));
    }

    /** "waiting/overdue" of the steps where projects wait. */
    private static Map<String, String> waitingAndOverdue(ProcessSteps steps) {
        return steps.steps().stream().filter(step -> step.waiting() > 0)
                .collect(Collectors.toMap(ProcessSteps.Step::stepId, step -> step.waiting() + "/" + step.overdue()));
    }
}
