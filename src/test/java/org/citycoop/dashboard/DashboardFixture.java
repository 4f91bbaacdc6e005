package org.citycoop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.name.Name;
import org.citycoop.dashboard.internal.CycleTimeCounts;
import org.citycoop.organisation.ConsentRule;
import org.citycoop.organisation.NewOrganisation;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ScopeVariables;
import org.citycoop.workflow.WorkflowService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Organisations of their own for each dashboard test, with projects written straight into the
 * register (as the import of historical projects does), so that every count is known exactly:
 * a city {@code lead}, a cooperative with one {@code member} city, another city {@code other}, and
 * partner cities in Indonesia (Southeast Asia), China (Northeast Asia) and Kenya (Africa).
 */
@Component
public class DashboardFixture {

    private final OrganisationService organisations;
    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final CycleTimeCounts cycleTimes;
    private final WorkflowService workflow;
    private final Clock clock;

    DashboardFixture(OrganisationService organisations, JdbcClient jdbc, RuntimeService runtime, TaskService engineTasks,
                     CycleTimeCounts cycleTimes, WorkflowService workflow, Clock clock) {
        this.organisations = organisations;
        this.cycleTimes = cycleTimes;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.clock = clock;
    }

    /** The codes of one test's organisations. */
    record Organisations(String lead, String cooperative, String member, String other, String surabaya, String dalian, String nairobi) {
    }

    Organisations organisations() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase(Locale.ROOT);
        Organisations codes = new Organisations("D" + run + "L", "D" + run + "C", "D" + run + "M", "D" + run + "O",
                "D" + run + "PID", "D" + run + "PCN", "D" + run + "PKE");
        register(codes.lead(), "Lead City " + run, OrganisationKind.CITY, "JP", null, null);
        register(codes.cooperative(), "Cooperative " + run, OrganisationKind.COOPERATIVE, "JP", null, ConsentRule.ALL);
        register(codes.member(), "Member City " + run, OrganisationKind.CITY, "JP", codes.cooperative(), null);
        register(codes.other(), "Other City " + run, OrganisationKind.CITY, "JP", null, null);
        register(codes.surabaya(), "Partner ID " + run, OrganisationKind.PARTNER_CITY, "ID", null, null);
        register(codes.dalian(), "Partner CN " + run, OrganisationKind.PARTNER_CITY, "CN", null, null);
        register(codes.nairobi(), "Partner KE " + run, OrganisationKind.PARTNER_CITY, "KE", null, null);
        return codes;
    }

    /** A project in the register, as an import writes it (no process); returns its id. */
    public long project(String lead, String partner, String theme, LocalDate start) {
        // the shape of a real code (<LEAD>-<year>-…), with a random tail that no counter hands out
        String code = lead + "-" + start.getYear() + "-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        return jdbc.sql("""
                        insert into project (code, title, lead_organisation_id, partner_organisation_id, theme_code,
                                             cooperation_type_code, planned_start, planned_end, budget_jpy, status, proposed_by)
                        values (:code, :title, (select id from organisation where code = :lead),
                                (select id from organisation where code = :partner), :theme, 'TECHNICAL_COOPERATION',
                                :start, :end, 0, 'IMPLEMENTATION', 'dashboard-test')
                        returning id""")
                .param("code", code).param("title", "Dashboard test " + code).param("lead", lead).param("partner", partner)
                .param("theme", theme).param("start", start).param("end", start.plusYears(2))
                .query(Long.class).single();
    }

    /** Marks a project as one of the imported register, run under {@code scheme} with {@code budget} yen. */
    void importedUnder(long projectId, String scheme, long budget, String status) {
        jdbc.sql("update project set imported = true, funding_scheme_code = ?, budget_jpy = ?, status = ? where id = ?")
                .params(scheme, budget, status, projectId).update();
    }

    String codeOf(long projectId) {
        return jdbc.sql("select code from project where id = ?").param(projectId).query(String.class).single();
    }

    /** A training programme of the project with {@code trainees} trainees. */
    void trainees(long projectId, int trainees) {
        long programme = jdbc.sql("insert into training_programme (implementation_item_id, project_id) values (:item, :project) returning id")
                .param("item", item(projectId, "TRAINING")).param("project", projectId).query(Long.class).single();
        for (int position = 1; position <= trainees; position++) {
            jdbc.sql("""
                            insert into training_trainee (programme_id, position, name, job_position, organisation, email)
                            values (?, ?, 'Trainee', 'Engineer', 'Waste department', 'trainee@example.org')""")
                    .params(programme, position).update();
        }
    }

    /** A dispatch of the project to {@code destination} (null: not planned yet) in the given status. */
    void dispatch(long projectId, String destination, String status) {
        jdbc.sql("""
                        insert into dispatch (project_id, implementation_item_id, purpose, tasks, expected_outputs,
                                              destination_iso2, status, written_by)
                        values (?, ?, 'Advise', 'Survey', 'Report', ?, ?, 'dashboard-test')""")
                .params(projectId, item(projectId, "DISPATCH"), destination, status).update();
    }

    /** A submitted application of {@code requested} yen, approved with {@code approved} (null: undecided). */
    long application(long projectId, String scheme, long requested, Long approved) {
        long application = jdbc.sql("""
                        insert into funding_application (project_id, round, scheme_code, status, requested_amount_jpy,
                                                         duration_months, submission_count, submitted_at, created_by)
                        values (:project, (select count(*) + 1 from funding_application where project_id = :project),
                                :scheme, :status, :requested, 12, 1, now(), 'dashboard-test')
                        returning id""")
                .param("project", projectId).param("scheme", scheme).param("status", approved == null ? "SUBMITTED" : "APPROVED")
                .param("requested", requested).query(Long.class).single();
        if (approved != null) {
            jdbc.sql("""
                            insert into funding_decision (application_id, decision, approved_amount_jpy, decided_by)
                            values (?, 'APPROVE', ?, 'dashboard-test')""").params(application, approved).update();
        }
        return application;
    }

    /** The agreement of an approved application, with instalments of the given amounts on the given days. */
    void agreement(long application, long approved, List<LocalDate> dueOn, List<Long> amounts) {
        long agreement = jdbc.sql("""
                        insert into funding_agreement (application_id, approved_amount_jpy, contract_start, contract_end, recorded_by)
                        values (?, ?, date '2031-04-01', date '2033-03-31', 'dashboard-test') returning id""")
                .params(application, approved).query(Long.class).single();
        for (int i = 0; i < dueOn.size(); i++) {
            jdbc.sql("insert into funding_instalment (agreement_id, position, due_on, amount_jpy) values (?, ?, ?, ?)")
                    .params(agreement, i + 1, dueOn.get(i), amounts.get(i)).update();
        }
    }

    /** A follow-up round due on {@code dueOn}; {@code reportedOn} null: the partner has not reported. */
    void round(long projectId, int roundNo, LocalDate dueOn, LocalDate reportedOn) {
        long round = jdbc.sql("insert into follow_up_round (project_id, round_no, due_on) values (?, ?, ?) returning id")
                .params(projectId, roundNo, dueOn).query(Long.class).single();
        if (reportedOn != null) {
            jdbc.sql("""
                            insert into follow_up_progress (round_id, target_id, actual_value, measured_on, reported_by, reported_at)
                            values (?, ?, 1, ?, 'dashboard-test', ?)""")
                    .params(round, target(projectId), reportedOn, reportedOn.atTime(12, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime())
                    .update();
        }
    }

    /**
     * The engine history of the project's process: a root instance with the business key and, for
     * each duration, a finished task of {@code taskKey} (half of them in a called building block),
     * plus one task still open (it must not count).
     */
    void finishedTasks(String projectCode, String taskKey, List<Duration> durations) {
        String root = UUID.randomUUID().toString();
        String called = UUID.randomUUID().toString();
        LocalDateTime started = LocalDateTime.of(2031, 5, 1, 9, 0);
        jdbc.sql("""
                        insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_id_, start_time_, root_proc_inst_id_)
                        values (?, ?, ?, 'dashboard-test', ?, ?), (?, ?, null, 'dashboard-test', ?, ?)""")
                .params(root, root, projectCode, started, root, called, called, started, root).update();
        for (int i = 0; i < durations.size(); i++) {
            task(i % 2 == 0 ? root : called, root, taskKey, started, durations.get(i));
        }
        task(root, root, taskKey, started, null);
        // history written past the engine is counted as on the first start after an upgrade (DD022)
        cycleTimes.rebuild(workflow.taskKeysByPhase(), false);
    }

    private void task(String instance, String root, String taskKey, LocalDateTime started, Duration duration) {
        jdbc.sql("""
                        insert into act_hi_taskinst (id_, task_def_key_, proc_inst_id_, root_proc_inst_id_, start_time_, end_time_,
                                                     duration_, delete_reason_)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), taskKey, instance, root, started,
                        duration == null ? null : started.plus(duration), duration == null ? null : duration.toMillis(),
                        duration == null ? null : "completed")
                .update();
    }

    /**
     * Starts the project's main process just before {@code activityId} (a call activity starts its
     * building block), with the project's lead and partner as the process's scope; returns its id.
     */
    String processAt(long projectId, String activityId) {
        Map<String, Object> project = jdbc.sql("""
                        select p.code, lead.code as lead, partner.code as partner
                        from project p
                        join organisation lead on lead.id = p.lead_organisation_id
                        join organisation partner on partner.id = p.partner_organisation_id
                        where p.id = ?""").param(projectId).query().singleRow();
        return runtime.createProcessInstanceByKey(ProjectProcess.PROCESS_KEY).businessKey((String) project.get("code"))
                .setVariables(Map.of(ScopeVariables.LEAD_ORGANISATION, project.get("lead"),
                        ScopeVariables.PARTNER_ORGANISATION, project.get("partner"),
                        // the run's renewal reminder, far after any test
                        ProjectProcess.AGREEMENT_RENEWAL_REMINDER_AT, Date.from(LocalDate.of(2090, 1, 1).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant())))
                .startBeforeActivity(activityId).execute().getId();
    }

    /** Moves a building block of the project from where it waits to just before {@code activityId}. */
    void moveBlock(long projectId, String processKey, String activityId) {
        String block = runtime.createProcessInstanceQuery().processInstanceBusinessKey(codeOf(projectId))
                .processDefinitionKey(processKey).singleResult().getId();
        runtime.createProcessInstanceModification(block).startBeforeActivity(activityId)
                .cancelAllForActivity(engineTasks.createTaskQuery().processInstanceId(block).singleResult().getTaskDefinitionKey())
                .execute();
    }

    /** The project's open tasks of {@code taskKey} fall due a day ago. */
    void overdue(long projectId, String taskKey) {
        List<Task> tasks = engineTasks.createTaskQuery().processInstanceBusinessKey(codeOf(projectId)).taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open tasks " + taskKey).isNotEmpty();
        for (Task task : tasks) {
            task.setDueDate(Date.from(clock.instant().minus(Duration.ofDays(1))));
            engineTasks.saveTask(task);
        }
    }

    /** Suspends all the project's work in the engine, as a leadership change does. */
    void suspend(long projectId) {
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceQuery(
                runtime.createProcessInstanceQuery().processInstanceBusinessKey(codeOf(projectId))).suspend();
    }

    static CityCoopUser manager(String organisation) {
        return user(organisation, Roles.MANAGER);
    }

    static CityCoopUser user(String organisation, String role) {
        return new CityCoopUser(organisation.toLowerCase(Locale.ROOT) + "." + role, "{noop}unused", true, Name.english("Test " + role),
                organisation, Name.english("Organisation " + organisation), List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    private long target(long projectId) {
        Long plan = jdbc.sql("select id from action_plan where project_id = ?").param(projectId).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into action_plan (project_id, summary, submitted_by) values (?, 'Plan', 'dashboard-test')
                                returning id""").param(projectId).query(Long.class).single());
        String indicator = jdbc.sql("select code from indicator order by code limit 1").query(String.class).single();
        return jdbc.sql("""
                        insert into action_plan_indicator (action_plan_id, indicator_code, baseline, target, target_date)
                        values (?, ?, 0, 10, date '2035-03-31')
                        on conflict (action_plan_id, indicator_code) do update set target = excluded.target
                        returning id""")
                .params(plan, indicator).query(Long.class).single();
    }

    private long item(long projectId, String kind) {
        return jdbc.sql("""
                        insert into implementation_item (project_id, kind, title, planned_start, planned_end)
                        values (?, ?, 'Item', date '2031-06-01', date '2031-12-31') returning id""")
                .params(projectId, kind).query(Long.class).single();
    }

    private void register(String code, String name, OrganisationKind kind, String country, String cooperative, ConsentRule rule) {
        organisations.register(new NewOrganisation(code, name, kind, country, cooperative, rule));
    }
}
