package org.citycoop.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.ScopeVariables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drives specialist dispatches in tests: a Kitakyushu project with Surabaya whose planned dispatch
 * runs as its own {@code SpecialistDispatchProcess}, each step done through {@link DispatchService}
 * as the screens do it, and the return-date timer fired on demand.
 */
@Component
public class DispatchFixture {

    public static final TermsOfReference TERMS = new TermsOfReference("Surabaya asked for help to set up its first compost centre.",
            "Survey the site; train six operators on windrow composting; workshop for the cleansing agency.",
            "Layout of the compost centre; operation manual; six trained operators.");

    private final DispatchService dispatches;
    private final ProjectService projects;
    private final TestUsers users;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcClient jdbc;

    DispatchFixture(DispatchService dispatches, ProjectService projects, TestUsers users, RuntimeService runtime, TaskService tasks,
                    ManagementService management, JdbcClient jdbc) {
        this.dispatches = dispatches;
        this.projects = projects;
        this.users = users;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.jdbc = jdbc;
    }

    /** A new project of {@code kitakyushu.officer} with Surabaya; only its proposal exists in the engine. */
    public Project project(String title) {
        return projects.propose(TestProposals.of(title + " " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer"));
    }

    /** Starts one dispatch of the project as the main process would: a DISPATCH item, the project code as business key. */
    public ProcessInstance start(Project project) {
        long itemId = jdbc.sql("""
                        insert into implementation_item (project_id, kind, title, planned_start, planned_end)
                        values (:project, 'DISPATCH', 'Compost centre set-up mission', :start, :end) returning id""")
                .param("project", project.id()).param("start", LocalDate.of(2027, 9, 1)).param("end", LocalDate.of(2027, 9, 10))
                .query(Long.class).single();
        return runtime.startProcessInstanceByKey(DispatchProcess.PROCESS_KEY, project.code(), Map.of(
                DispatchProcess.IMPLEMENTATION_ITEM, String.valueOf(itemId),
                ScopeVariables.LEAD_ORGANISATION, project.leadCode(),
                ScopeVariables.PARTNER_ORGANISATION, project.partnerCode()));
    }

    /** The dispatch of a project whose one open task is {@code key} (e.g. a dispatch the main process just called). */
    public String instanceWaitingAt(String projectCode, String key) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(projectCode).taskDefinitionKey(key).list();
        assertThat(open).as("open " + key + " of " + projectCode).hasSize(1);
        return open.get(0).getProcessInstanceId();
    }

    /** The one open task of a dispatch (asserted to be the only one). */
    public Task task(String dispatchInstance) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(dispatchInstance).list();
        assertThat(open).as("open tasks of dispatch " + dispatchInstance).hasSize(1);
        return open.get(0);
    }

    /** The open task of a dispatch, asserted to be the task {@code key}. */
    public String task(String dispatchInstance, String key) {
        Task task = task(dispatchInstance);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
        return task.getId();
    }

    /** The waiting return-date timer of a dispatch. */
    public Job returnTimer(String dispatchInstance) {
        return management.createJobQuery().processInstanceId(dispatchInstance).activityId(DispatchProcess.TIMER_RETURN_DATE)
                .singleResult();
    }

    /** Fires the return-date timer, as the job executor does on the return date. */
    public void fireReturnTimer(String dispatchInstance) {
        management.executeJob(returnTimer(dispatchInstance).getId());
    }

    /** A plan of one Kitakyushu engineer: {@code days} days in {@code country} at {@code costJpy}. */
    public static MissionPlan plan(String country, int days, long costJpy) {
        LocalDate departure = LocalDate.of(2027, 9, 1);
        return new MissionPlan(List.of(new Specialist("Kenta Mori", "KIT", "Engineer, Waste Management Division", "Windrow composting")),
                country, departure, departure.plusDays(days - 1), costJpy);
    }

    /**
     * Runs the open dispatch of {@code dispatchInstance} from its terms of reference to the partner's
     * acknowledgement on the shortest path: a week in Indonesia for ¥1,200,000, which the manager alone approves.
     */
    public void runToAcknowledgement(String dispatchInstance) {
        CityCoopUser officer = users.get("kitakyushu.officer");
        dispatches.writeTermsOfReference(task(dispatchInstance, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE), TERMS, officer);
        dispatches.planMission(task(dispatchInstance, DispatchProcess.TASK_SELECT_SPECIALISTS), plan("ID", 7, 1_200_000L), officer);
        dispatches.decide(task(dispatchInstance, DispatchProcess.TASK_APPROVE_BY_MANAGER), ApprovalDecision.APPROVE, null,
                users.get("kitakyushu.manager"));
        fireReturnTimer(dispatchInstance);
        dispatches.submitMissionReport(task(dispatchInstance, DispatchProcess.TASK_SUBMIT_MISSION_REPORT),
                "Site survey and five days of on-the-job training.", "The site floods in the rainy season.",
                "Raise the windrow pad by 30 cm.", null, null, officer);
        dispatches.respondToReport(task(dispatchInstance, DispatchProcess.TASK_ACKNOWLEDGE_REPORT), ReportResponse.ACKNOWLEDGE, null,
                users.get("surabaya.partner"));
    }
}
