package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.workflow.ScopeVariables;
import org.springframework.stereotype.Component;

/**
 * What the project lifecycle tests share to drive a project's main process: starting it just
 * before an activity, finding its open tasks, firing its timers.
 */
@Component
public class ProjectProcessFixture {

    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final ManagementService management;

    ProjectProcessFixture(RuntimeService runtime, TaskService engineTasks, ManagementService management) {
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.management = management;
    }

    /**
     * Replaces the project's running main process by one started just before {@code activityId}, with
     * the project's lead and partner organisations and the {@code extra} variables.
     */
    public void startAt(Project project, String activityId, Map<String, Object> extra) {
        runtime.deleteProcessInstance(mainInstance(project), "test starts the process at " + activityId);
        Map<String, Object> variables = new HashMap<>(Map.of(ScopeVariables.LEAD_ORGANISATION, project.leadCode(),
                ScopeVariables.PARTNER_ORGANISATION, project.partnerCode()));
        variables.putAll(extra);
        runtime.createProcessInstanceByKey(ProjectProcess.PROCESS_KEY).businessKey(project.code())
                .setVariables(variables).startBeforeActivity(activityId).execute();
    }

    public String mainInstance(Project project) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(project.code())
                .processDefinitionKey(ProjectProcess.PROCESS_KEY).singleResult().getId();
    }

    public List<Task> openTasks(Project project) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(project.code()).list();
    }

    /** The one open task of the project (asserted to be the only one). */
    Task onlyTask(Project project) {
        List<Task> open = openTasks(project);
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    public Task taskWithKey(Project project, String key) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(project.code()).taskDefinitionKey(key).singleResult();
    }

    Task taskOfGroup(Project project, String group) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(project.code()).taskCandidateGroup(group).singleResult();
    }

    /** Fires the due jobs of the timer {@code timerId} of the project's main process. */
    void executeTimers(Project project, String timerId) {
        management.createJobQuery().processInstanceId(mainInstance(project)).activityId(timerId).list()
                .forEach(job -> management.executeJob(job.getId()));
    }
}
