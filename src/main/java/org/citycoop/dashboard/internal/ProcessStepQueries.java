package org.citycoop.dashboard.internal;

import org.citycoop.name.Name;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.citycoop.dashboard.WaitingProject;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where the projects stand in the main process, read from the engine's runtime tables in one
 * set-based statement each (DD015). A project is at a step while an execution of its main process
 * instance (the root: no parent, not called) is at that user task or call activity; work under a
 * call activity is that of the building-block instances it called, however deep. Suspended
 * projects count nowhere.
 * Timestamps of the engine are local times of the JVM's zone, as Camunda writes them.
 */
@Repository
public class ProcessStepQueries {

    /**
     * The main instances in scope ({@code %s}: the scope condition on the project {@code p}), their
     * executions at the {@code :steps}, and the (project, step) pairs with work due before
     * {@code :now}. A building block with an overdue task is traced upwards from the execution that
     * called it ({@code super_exec_}), caller by caller, to the call activity in the main instance:
     * only blocks with overdue tasks are walked, however deep.
     */
    private static final String AT_STEPS = """
            with recursive main as (
                select pi.id_ as instance_id, p.id as project_id
                from project p
                join act_ru_execution pi on pi.business_key_ = p.code
                where pi.parent_id_ is null and pi.super_exec_ is null and pi.proc_def_key_ = :process
                  and pi.suspension_state_ = 1 and %s
            ),
            at_step as (
                select main.project_id, e.act_id_ as step_id, e.act_inst_id_ as activity_instance_id
                from main
                join act_ru_execution e on e.proc_inst_id_ = main.instance_id
                where e.act_id_ = any(cast(:steps as text[]))
            ),
            late_call (main_instance, caller_instance, caller_activity) as (
                select main.instance_id, caller.proc_inst_id_, caller.act_id_
                from main
                join act_ru_execution block on block.root_proc_inst_id_ = main.instance_id and block.super_exec_ is not null
                join act_ru_execution caller on caller.id_ = block.super_exec_
                where exists (select 1 from act_ru_task task where task.proc_inst_id_ = block.id_ and task.due_date_ < :now)
                union all
                select late_call.main_instance, caller.proc_inst_id_, caller.act_id_
                from late_call
                join act_ru_execution block on block.id_ = late_call.caller_instance
                join act_ru_execution caller on caller.id_ = block.super_exec_
                where late_call.caller_instance <> late_call.main_instance
            ),
            overdue as (
                select main.project_id, task.task_def_key_ as step_id
                from main
                join act_ru_task task on task.proc_inst_id_ = main.instance_id
                where task.due_date_ < :now
                union
                select main.project_id, late_call.caller_activity
                from late_call
                join main on main.instance_id = late_call.main_instance
                where late_call.caller_instance = late_call.main_instance
            )
            """;

    private final JdbcClient jdbc;

    ProcessStepQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The projects at a step, and of those the ones with overdue work there. */
    public record StepFigures(String stepId, long waiting, long overdue) {
    }

    /** The figures of the steps where at least one project of the scope waits. */
    public List<StepFigures> countsAtSteps(ReportScope scope, String processKey, List<String> stepIds, LocalDateTime now) {
        return jdbc.sql(AT_STEPS.formatted(scope.projectCondition()) + """
                        select waiting.step_id, count(*), count(overdue.project_id)
                        from (select distinct project_id, step_id from at_step) waiting
                        left join overdue on overdue.project_id = waiting.project_id and overdue.step_id = waiting.step_id
                        group by waiting.step_id""")
                .paramSource(parameters(scope, processKey, stepIds, now))
                .query((rs, row) -> new StepFigures(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The projects of the scope at one step, the longest waiting first, at most {@code limit}. */
    public List<WaitingProject> waitingAt(ReportScope scope, String processKey, String stepId, LocalDateTime now, int limit) {
        return jdbc.sql(AT_STEPS.formatted(scope.projectCondition()) + """
                        select p.code, p.title, partner.name_en, partner.name_ja, min(activity.start_time_), bool_or(overdue.project_id is not null)
                        from at_step
                        join project p on p.id = at_step.project_id
                        left join organisation partner on partner.id = p.partner_organisation_id
                        left join act_hi_actinst activity on activity.id_ = at_step.activity_instance_id
                        left join overdue on overdue.project_id = at_step.project_id and overdue.step_id = at_step.step_id
                        group by p.code, p.title, partner.name_en, partner.name_ja
                        order by 5 nulls last, p.code
                        limit :limit""")
                .paramSource(parameters(scope, processKey, List.of(stepId), now).addValue("limit", limit))
                .query((rs, row) -> new WaitingProject(rs.getString(1), rs.getString(2),
                        new Name(rs.getString(3), rs.getString(4)), instant(rs.getTimestamp(5)), rs.getBoolean(6)))
                .list();
    }

    private static MapSqlParameterSource parameters(ReportScope scope, String processKey, List<String> stepIds, LocalDateTime now) {
        return new MapSqlParameterSource()
                .addValue("process", processKey)
                .addValue("steps", stepIds.toArray(String[]::new))
                .addValue("now", now)
                .addValue("organisation", scope.organisationCode());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
