package org.citycoop.dashboard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citycoop.dashboard.JfyRange;
import org.citycoop.workflow.Phase;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts of finished user tasks behind the cycle time per phase (V24, DD022): by lead
 * organisation, fiscal year of the project's start, phase and duration in tenths of a day. Each
 * completion appends a change; {@link #compact()} moves the changes into the counts; the
 * dashboards read both. A task counts once it is completed (not when it is cancelled with its
 * process), in the fiscal year its project starts in now.
 */
@Repository
public class CycleTimeCounts {

    /** A day in milliseconds divided by ten: the width of a duration class. */
    private static final double MILLIS_PER_TENTH_OF_DAY = 8_640_000.0;

    private static final String TENTHS_OF_TASK = "cast(round(task.duration_ / " + MILLIS_PER_TENTH_OF_DAY + ") as integer)";

    /** The tasks of projects: {@code p} a project, {@code task} one of its tasks, {@code phase.name} the task's phase. */
    private static final String TASKS_OF_PROJECTS = """
            from project p
            join act_hi_procinst root on root.business_key_ = p.code and root.id_ = root.root_proc_inst_id_
            join act_hi_taskinst task on task.root_proc_inst_id_ = root.id_
            join unnest(cast(:keys as text[]), cast(:phases as text[])) as phase(task_key, name) on phase.task_key = task.task_def_key_
            """;

    private static final String COMPLETED = "task.delete_reason_ = 'completed' and task.duration_ is not null";

    /** Only one node compacts at a time; the number names this lock among the application's advisory locks. */
    private static final long COMPACTION_LOCK = 0x6379636c6554696dL;

    /** A number of finished tasks of a phase that took this many tenths of a day. */
    public record DurationCount(String phase, int tenthsOfDay, long tasks) {
    }

    private final JdbcClient jdbc;

    CycleTimeCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the completed task {@code taskId} of the engine's history in {@code phase}, if its process is a project's. */
    void countCompletedTask(String taskId, Phase phase) {
        jdbc.sql("""
                        insert into cycle_time_change (lead_organisation_id, jfy, phase, tenths_of_day, tasks)
                        select p.lead_organisation_id, %s, :phase, %s, 1
                        from act_hi_taskinst task
                        join act_hi_procinst root on root.id_ = task.root_proc_inst_id_
                        join project p on p.code = root.business_key_
                        where task.id_ = :task and %s""".formatted(ReportQueries.JFY_OF_START, TENTHS_OF_TASK, COMPLETED))
                .param("phase", phase.name())
                .param("task", taskId)
                .update();
    }

    /** A project's start moved out of fiscal year {@code previousJfy}: its completed tasks move to the year it starts in now. */
    void moveProject(long projectId, int previousJfy, Map<Phase, List<String>> keysByPhase) {
        jdbc.sql("""
                        insert into cycle_time_change (lead_organisation_id, jfy, phase, tenths_of_day, tasks)
                        select p.lead_organisation_id, moved.jfy, phase.name, %s, moved.tasks
                        %s
                        cross join lateral (values (:previousJfy, -1), (%s, 1)) as moved(jfy, tasks)
                        where %s and p.id = :project"""
                        .formatted(TENTHS_OF_TASK, TASKS_OF_PROJECTS, ReportQueries.JFY_OF_START, COMPLETED))
                .paramSource(phaseParameters(keysByPhase).addValue("project", projectId).addValue("previousJfy", previousJfy))
                .update();
    }

    /**
     * Counts every completed task of the engine's history afresh, unless the counts were built
     * before and {@code onlyIfNeverBuilt}; returns whether it counted. Changes appended meanwhile
     * wait for the table lock: a completion committed before it is in the history, one after it
     * appends its change to the new counts.
     */
    @Transactional
    public boolean rebuild(Map<Phase, List<String>> keysByPhase, boolean onlyIfNeverBuilt) {
        jdbc.sql("lock table cycle_time_change in exclusive mode").update();
        boolean built = jdbc.sql("select rebuilt_at is not null from cycle_time_rebuild for update").query(Boolean.class).single();
        if (built && onlyIfNeverBuilt) {
            return false;
        }
        jdbc.sql("delete from cycle_time_change").update();
        jdbc.sql("delete from cycle_time_count").update();
        jdbc.sql("delete from cycle_time_total").update();
        jdbc.sql("""
                        insert into cycle_time_count (lead_organisation_id, jfy, phase, tenths_of_day, tasks)
                        select p.lead_organisation_id, %s, phase.name, %s, count(*)
                        %s
                        where %s
                        group by 1, 2, 3, 4""".formatted(ReportQueries.JFY_OF_START, TENTHS_OF_TASK, TASKS_OF_PROJECTS, COMPLETED))
                .paramSource(phaseParameters(keysByPhase))
                .update();
        jdbc.sql("""
                insert into cycle_time_total (jfy, phase, tenths_of_day, tasks)
                select jfy, phase, tenths_of_day, sum(tasks) from cycle_time_count group by 1, 2, 3""").update();
        jdbc.sql("update cycle_time_rebuild set rebuilt_at = now()").update();
        return true;
    }

    /**
     * Moves the changes appended so far into the counts, in one statement; returns how many. Skipped
     * while another node compacts: its rows are locked, and the next round takes what is left.
     */
    @Transactional
    public int compact() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", COMPACTION_LOCK).query(Boolean.class).single()) {
            return 0;
        }
        return jdbc.sql("""
                        with moved as (delete from cycle_time_change returning *),
                        by_lead as (insert into cycle_time_count as c (lead_organisation_id, jfy, phase, tenths_of_day, tasks)
                                    select lead_organisation_id, jfy, phase, tenths_of_day, sum(tasks) from moved group by 1, 2, 3, 4
                                    on conflict (lead_organisation_id, jfy, phase, tenths_of_day)
                                    do update set tasks = c.tasks + excluded.tasks),
                        total as (insert into cycle_time_total as c (jfy, phase, tenths_of_day, tasks)
                                  select jfy, phase, tenths_of_day, sum(tasks) from moved group by 1, 2, 3
                                  on conflict (jfy, phase, tenths_of_day) do update set tasks = c.tasks + excluded.tasks)
                        select count(*) from moved""")
                .query(Integer.class).single();
    }

    /** The counts of the projects in scope that start in the range, by phase and duration, shortest first. */
    public List<DurationCount> durations(ReportScope scope, JfyRange range) {
        String counts = scope.everyOrganisation()
                ? "select phase, tenths_of_day, tasks from cycle_time_total c where c.jfy between :from and :to"
                : "select phase, tenths_of_day, tasks from cycle_time_count c where c.jfy between :from and :to and "
                  + scope.leadCondition("c.lead_organisation_id");
        return jdbc.sql("""
                        select phase, tenths_of_day, sum(tasks)
                        from (%s
                              union all
                              select phase, tenths_of_day, tasks from cycle_time_change c
                              where c.jfy between :from and :to and %s) counted
                        group by phase, tenths_of_day
                        having sum(tasks) > 0
                        order by phase, tenths_of_day""".formatted(counts, scope.leadCondition("c.lead_organisation_id")))
                .param("from", range.fromJfy())
                .param("to", range.toJfy())
                .param("organisation", scope.organisationCode())
                .query((rs, row) -> new DurationCount(rs.getString(1), rs.getInt(2), rs.getLong(3)))
                .list();
    }

    private static MapSqlParameterSource phaseParameters(Map<Phase, List<String>> keysByPhase) {
        List<String> keys = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        keysByPhase.forEach((phase, itsKeys) -> itsKeys.forEach(key -> {
            keys.add(key);
            phases.add(phase.name());
        }));
        return new MapSqlParameterSource()
                .addValue("keys", keys.toArray(String[]::new))
                .addValue("phases", phases.toArray(String[]::new));
    }
}
