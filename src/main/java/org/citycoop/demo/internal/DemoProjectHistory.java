package org.citycoop.demo.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.citycoop.followup.FollowUpProcess;
import org.citycoop.project.ProjectProcess;
import org.citycoop.workflow.ScopeVariables;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The engine-side shortcuts of the demo's finished projects: a project of the model-cities programme
 * starts at the partner's action plan (training, dispatch and funding are shown by the other demo
 * projects, and would take years of demo time), and its follow-up round is due now, not in six months.
 * Every step after that goes through the real services as the person whose task it is.
 */
@Component
@Profile("demo")
public class DemoProjectHistory {

    private final RuntimeService runtime;
    private final ManagementService management;

    DemoProjectHistory(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Replaces the project's process, which waits at screening, with one that waits for the partner's action plan. */
    public void startAtActionPlan(String projectCode, String leadCode, String partnerCode) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(projectCode).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "demo project starts at the action plan"));
        runtime.createProcessInstanceByKey(ProjectProcess.PROCESS_KEY).businessKey(projectCode)
                .setVariables(Map.of(ScopeVariables.LEAD_ORGANISATION, leadCode, ScopeVariables.PARTNER_ORGANISATION, partnerCode,
                        ProjectProcess.AGREEMENT_RENEWAL_REMINDER_AT,
                        Date.from(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusYears(3).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant())))
                .startBeforeActivity(ProjectProcess.TASK_SUBMIT_ACTION_PLAN).execute();
    }

    /** Fires the follow-up's round timer as the job executor would on its day. */
    public void roundDue(String projectCode) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(projectCode)
                .processDefinitionKey(FollowUpProcess.PROCESS_KEY).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).activityId(FollowUpProcess.TIMER_ROUND_DUE).singleResult();
        management.executeJob(timer.getId());
    }
}
