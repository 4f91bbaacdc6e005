package org.citycoop.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * What the training tests share: a Kitakyushu project with Surabaya and one planned training
 * item whose {@code TrainingProgrammeProcess} runs on its own (the main process is not needed),
 * its open task, and good input for each step, so that a test can drive a programme to where it
 * wants to look, or to its end (as the main process's tests do).
 */
@Component
public class TrainingFixture {

    private final ProjectService projects;
    private final TrainingService training;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final JdbcClient jdbc;
    private final TestUsers users;

    TrainingFixture(ProjectService projects, TrainingService training, RuntimeService runtime, TaskService engineTasks,
                    JdbcClient jdbc, TestUsers users) {
        this.projects = projects;
        this.training = training;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A planned programme: its project code and item id, with its process waiting at the curriculum. */
    public record Planned(String projectCode, long itemId) {
    }

    public CityCoopUser officer() {
        return users.get("kitakyushu.officer");
    }

    public CityCoopUser partner() {
        return users.get("surabaya.partner");
    }

    public Planned plannedProgramme(String title) {
        Project project = projects.propose(TestProposals.of("Training test " + UUID.randomUUID(), "SBY"), officer());
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.code()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "training test runs the building block alone"));
        long itemId = jdbc.sql("""
                        insert into implementation_item (project_id, kind, title, planned_start, planned_end)
                        values (:project, 'TRAINING', :title, date '2027-06-01', date '2027-06-14') returning id""")
                .param("project", project.id()).param("title", title).query(Long.class).single();
        runtime.startProcessInstanceByKey(TrainingProcess.PROCESS_KEY, project.code(), Map.of(
                TrainingProcess.IMPLEMENTATION_ITEM, String.valueOf(itemId),
                ScopeVariables.LEAD_ORGANISATION, project.leadCode(), ScopeVariables.PARTNER_ORGANISATION, project.partnerCode()));
        return new Planned(project.code(), itemId);
    }

    /** The one open task of the project's training programme. */
    public Task task(String projectCode) {
        List<Task> open = engineTasks.createTaskQuery().processInstanceBusinessKey(projectCode)
                .processDefinitionKey(TrainingProcess.PROCESS_KEY).list();
        assertThat(open).as("open training task of " + projectCode).hasSize(1);
        return open.get(0);
    }

    public String taskId(String projectCode, String taskDefinitionKey) {
        Task task = task(projectCode);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskDefinitionKey);
        return task.getId();
    }

    public TrainingProgramme programme(String projectCode) {
        List<TrainingProgramme> found = training.programmesOf(projectCode, officer());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    public static List<CurriculumModule> curriculum() {
        return List.of(
                new CurriculumModule("Waste incineration and energy recovery", "Clean Authority of Tokyo, Shin-Koto plant",
                        LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 4), "English"),
                new CurriculumModule("Composting of market waste", "Kitakyushu Environment Bureau",
                        LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 11), "English"));
    }

    public static List<Nomination> trainees() {
        return List.of(
                new Nomination("Sri Wahyuni", "Head of waste section", "DLH Surabaya", "sri.wahyuni@surabaya.go.id", Gender.FEMALE),
                new Nomination("Budi Santoso", "Plant engineer", "DLH Surabaya", "budi.santoso@surabaya.go.id", null));
    }

    public static List<LogisticsItem> logisticsDone() {
        return List.of(LogisticsItem.of(LogisticsKind.INVITATION_LETTERS, LocalDate.of(2027, 3, 1), true),
                LogisticsItem.of(LogisticsKind.VISAS, LocalDate.of(2027, 4, 15), true),
                LogisticsItem.of(LogisticsKind.TRAVEL, LocalDate.of(2027, 5, 1), true),
                LogisticsItem.of(LogisticsKind.ACCOMMODATION, LocalDate.of(2027, 5, 1), true),
                LogisticsItem.of(LogisticsKind.INSURANCE, LocalDate.of(2027, 5, 15), true));
    }

    public static TrainingSession session(Set<Long> attendees) {
        return new TrainingSession(LocalDateTime.of(2027, 6, 1, 9, 30), SessionKind.SEMINAR, SessionMethod.MIXED,
                "Shin-Koto plant, lecture room", "Plant manager Tanaka", 14, 3, attendees);
    }

    public static TraineeActionPlan plan(long traineeId) {
        return new TraineeActionPlan(traineeId,
                List.of(new ActionItem("Separate market waste in 3 pilot markets", "Sri Wahyuni", LocalDate.of(2028, 3, 31))),
                List.of(new IndicatorTarget("COMPOSTING", "2", "5", LocalDate.of(2029, 3, 31))));
    }

    /** Curriculum, nomination, confirmation and logistics done: the process waits at the first session. */
    public void runToSessions(String projectCode) {
        training.designCurriculum(taskId(projectCode, TrainingProcess.TASK_DESIGN_CURRICULUM), curriculum(), officer());
        training.nominateTrainees(taskId(projectCode, TrainingProcess.TASK_NOMINATE_TRAINEES), trainees(), partner());
        training.confirmTrainees(taskId(projectCode, TrainingProcess.TASK_CONFIRM_TRAINEES), true, "", officer());
        training.finishLogistics(taskId(projectCode, TrainingProcess.TASK_PREPARE_LOGISTICS), logisticsDone(), officer());
    }

    /** Drives the project's training programme from its curriculum to its end through the service, as its users would. */
    public EvaluationSummary runToEnd(String projectCode) {
        runToSessions(projectCode);
        List<Long> trainees = programme(projectCode).trainees().stream().map(Trainee::id).toList();
        training.recordSession(taskId(projectCode, TrainingProcess.TASK_RECORD_SESSION), session(Set.copyOf(trainees)), true,
                officer());
        String plans = taskId(projectCode, TrainingProcess.TASK_SUBMIT_ACTION_PLANS);
        trainees.forEach(trainee -> training.saveActionPlan(plans, plan(trainee), partner()));
        training.submitActionPlans(plans, partner());
        return training.evaluate(taskId(projectCode, TrainingProcess.TASK_EVALUATE_PROGRAMME), trainees.stream()
                .map(trainee -> new TraineeEvaluation(trainee, 4, "Useful visits")).toList(), officer());
    }
}
