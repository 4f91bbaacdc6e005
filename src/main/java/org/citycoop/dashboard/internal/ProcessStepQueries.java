package org.citycoop.dashboard.internal;

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
 * instance is at that user task or call activity; work under a call activity is that of the
 * building-block instances it called, however deep. Suspended projects count nowhere.
 * Timestamps of the engine are local times of the JVM's zone, as Camunda writes them.
 */
@Repository
public class ProcessStepQueries {

    /**
     * The main instances in scope ({@code %s}: the scope condition on the project {@code p}), their
     * executions at the {@code :steps}, the instances called under those, and the (project, step)
     * pairs with a task due before {@code :now}.
     */
    private static final String AT_STEPS = """
            with recursive main as (
                select pi.id_ as instance_id, p.id as project_id
                from project p
                join act_ru_execution pi on pi.business_key_ = p.code
                where pi.id_ = pi.root_proc_inst_id_ and pi.proc_def_key_ = :process and pi.suspension_state_ = 1 and %s
            ),
            at_step as (
                select main.project_id, e.act_id_ as step_id, e.id_ as execution_id, e.act_inst_id_ as activity_instance_id
                from main
                join act_ru_execution e on e.proc_inst_id_ = main.instance_id
                where e.act_id_ = any(cast(:steps as text[]))
            ),
            called (instance_id, project_id, step_id) as (
                select sub.id_, at_step.project_id, at_step.step_id
                from at_step
                join act_ru_execution sub on sub.super_exec_ = at_step.execution_id
                union all
                select sub.id_, called.project_id, called.step_id
                from called
                join act_ru_execution e on e.proc_inst_id_ = called.instance_id
                join act_ru_execution sub on sub.super_exec_ = e.id_
            ),
            overdue as (
                select main.project_id, task.task_def_key_ as step_id
                from main
                join act_ru_task task on task.proc_inst_id_ = main.instance_id
                where task.due_date_ < :now
                union
                select called.project_id, called.step_id
                from called
                join act_ru_task task on task.proc_inst_id_ = called.instance_id
                where task.due_date_ < :now
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
                        select at_step.step_id, count(distinct at_step.project_id), count(distinct overdue.project_id)
                        from at_step
                        left join overdue on overdue.project_id = at_step.project_id and overdue.step_id = at_step.step_id
                        group by at_step.step_id""")
                .paramSource(parameters(scope, processKey, stepIds, now))
                .query((rs, row) -> new StepFigures(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The projects of the scope at one step, the longest waiting first, at most {@code limit}. */
    public List<WaitingProject> waitingAt(ReportScope scope, String processKey, String stepId, LocalDateTime now, int limit) {
        return jdbc.sql(AT_STEPS.formatted(scope.projectCondition()) + """
                        select p.code, p.title, partner.name, min(activity.start_time_), bool_or(overdue.project_id is not null)
                        from at_step
                        join project p on p.id = at_step.project_id
                        left join organisation partner on partner.id = p.partner_organisation_id
                        left join act_hi_actinst activity on activity.id_ = at_step.activity_instance_id
                        left join overdue on overdue.project_id = at_step.project_id and overdue.step_id = at_step.step_id
                        group by p.code, p.title, partner.name
                        order by 4 nulls last, p.code
                        limit :limit""")
                .paramSource(parameters(scope, processKey, List.of(stepId), now).addValue("limit", limit))
                .query((rs, row) -> new WaitingProject(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs.getTimestamp(4)), rs.getBoolean(5)))
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
