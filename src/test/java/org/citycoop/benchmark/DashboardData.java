package org.citycoop.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the dashboards count, added in SQL to the replicated projects of {@link BenchmarkData}
 * (DD013's way: set-based, shares from a hash of the replica's number, documented in
 * src/docs/benchmarks.md): start dates over ten fiscal years, themes, partner cities in every
 * region, funding applications with decisions, agreements and instalments, training programmes
 * with trainees, dispatches, follow-up rounds with progress reports, and the completed task
 * history spread over the task keys of every phase. A separate step so that a database generated
 * before it is completed in place: it runs in one transaction and is skipped when done.
 */
final class DashboardData {

    /** The replicated projects (BenchmarkData's codes), with the replica number n that the shares hash. */
    private static final String REPLICATED = """
            create temporary table bench_dash on commit drop as
            select p.id, p.code, cast(split_part(p.code, '-', 3) as int) as n,
                   lower(split_part(p.code, '-', 1)) || '.officer' as officer
            from project p where p.code ~ '^BM[0-9]{2}-2024-[0-9]{6}$'""";

    /**
     * The 30 partner cities over 20 countries of all seven regions, most in Southeast Asia as in
     * the research tables of Japanese city-to-city cooperation (13 of 30), then Northeast Asia (6),
     * South Asia (4), Pacific (3), Latin America (2), Middle East and Africa (1 each).
     */
    private static final List<String> PARTNER_COUNTRIES = List.of("ID", "ID", "ID", "VN", "VN", "VN", "PH", "PH", "TH",
            "TH", "MY", "KH", "MM", "CN", "CN", "CN", "KR", "MN", "MN", "IN", "IN", "LK", "BD", "FJ", "PW", "WS", "BR", "MX",
            "JO", "KE");

    private static final List<String> STEPS = List.of(
            // start dates over the ten fiscal years 2017-2026, more in later years (density growing
            // linearly: the sqrt of a uniform share), 12-36 months long; themes 35 % waste, 15 % each
            // water supply, sewerage and low carbon, 10 % air, 5 % each education and disaster risk
            """
            update project p set
                planned_start = s.start,
                planned_end = cast(s.start + (12 + d.n % 25) * interval '1 month' - interval '1 day' as date),
                theme_code = (array['WASTE', 'WASTE', 'WASTE', 'WASTE', 'WASTE', 'WASTE', 'WASTE', 'WATER_SUPPLY',
                                    'WATER_SUPPLY', 'WATER_SUPPLY', 'SEWERAGE', 'SEWERAGE', 'SEWERAGE', 'LOW_CARBON', 'LOW_CARBON',
                                    'LOW_CARBON', 'AIR_QUALITY', 'AIR_QUALITY', 'ENVIRONMENTAL_EDUCATION', 'DISASTER_RISK'])[1 + (d.n * 31) % 20],
                status = case when s.start > current_date then 'PIPELINE'
                              when s.start + (12 + d.n % 25) * interval '1 month' < current_date then 'CLOSED'
                              else 'IMPLEMENTATION' end
            from bench_dash d
            cross join lateral (select date '2017-04-01'
                                       + cast(floor(3652 * sqrt(((d.n::bigint * 7919) % 10007) / 10007.0)) as int) as start) s
            where p.id = d.id""",
            // funding: 40 % of the projects applied once, 120 days before the start; 60 % JICA, 30 % MOEJ, 10 % JAIF.
            // Outcomes by (n * 17) % 100: < 50 agreed, < 60 approved, < 72 rejected, < 78 revision asked, else awaiting
            """
            insert into funding_application (project_id, round, scheme_code, status, requested_amount_jpy, duration_months,
                                             submission_count, submitted_at, created_by, created_at)
            select d.id, 1, f.scheme,
                   case when f.outcome < 50 then 'AGREED' when f.outcome < 60 then 'APPROVED' when f.outcome < 72 then 'REJECTED'
                        when f.outcome < 78 then 'REVISION_REQUESTED' else 'SUBMITTED' end,
                   case f.scheme when 'JAIF' then 40000000 + (d.n % 80) * 1000000
                                 when 'MOE_JCM_C2C' then 8000000 + (d.n % 12) * 1000000
                                 else 10000000 + (d.n % 20) * 1000000 end,
                   24, 1 + (d.n % 5 = 0)::int, p.planned_start - interval '120 days', d.officer, p.planned_start - interval '150 days'
            from bench_dash d join project p on p.id = d.id
            cross join lateral (select (array['JICA_GRASSROOTS_LG', 'JICA_GRASSROOTS_LG', 'JICA_GRASSROOTS_LG', 'JICA_GRASSROOTS_LG',
                                              'JICA_GRASSROOTS_LG', 'JICA_GRASSROOTS_LG', 'MOE_JCM_C2C', 'MOE_JCM_C2C',
                                              'MOE_JCM_C2C', 'JAIF'])[1 + (d.n * 7) % 10] as scheme,
                                       (d.n * 17) % 100 as outcome) f
            where (d.n * 13) % 10 < 4""",
            """
            insert into funding_decision (application_id, decision, approved_amount_jpy, reason, revision_deadline, decided_by, decided_at)
            select a.id,
                   case when a.status in ('AGREED', 'APPROVED') then 'APPROVE' when a.status = 'REJECTED' then 'REJECT' else 'REVISE' end,
                   case when a.status in ('AGREED', 'APPROVED') then a.requested_amount_jpy / 10 * 9 end,
                   case when a.status not in ('AGREED', 'APPROVED') then 'Benchmark decision' end,
                   case when a.status = 'REVISION_REQUESTED' then cast(a.submitted_at + interval '60 days' as date) end,
                   'benchmark', a.submitted_at + interval '45 days'
            from funding_application a join bench_dash d on d.id = a.project_id
            where a.status in ('AGREED', 'APPROVED', 'REJECTED', 'REVISION_REQUESTED')""",
            """
            insert into funding_agreement (application_id, approved_amount_jpy, contract_start, contract_end, recorded_by, recorded_at)
            select a.id, a.requested_amount_jpy / 10 * 9, p.planned_start, p.planned_end + 1, d.officer, a.submitted_at + interval '60 days'
            from funding_application a join bench_dash d on d.id = a.project_id join project p on p.id = d.id
            where a.status = 'AGREED'""",
            // three instalments, eight months apart from the contract's start
            """
            insert into funding_instalment (agreement_id, position, due_on, amount_jpy)
            select g.id, i, cast(g.contract_start + (i - 1) * interval '8 months' as date), g.approved_amount_jpy / 3
            from funding_agreement g join funding_application a on a.id = g.application_id join bench_dash d on d.id = a.project_id
            cross join generate_series(1, 3) i""",
            // training: 30 % of the projects receive one programme of 4-12 trainees, three months after the start
            """
            insert into implementation_item (project_id, kind, title, planned_start, planned_end)
            select d.id, 'TRAINING', 'Training in Japan', p.planned_start + 90, p.planned_start + 100
            from bench_dash d join project p on p.id = d.id where (d.n * 19) % 10 < 3""",
            """
            insert into training_programme (implementation_item_id, project_id)
            select i.id, i.project_id from implementation_item i join bench_dash d on d.id = i.project_id where i.kind = 'TRAINING'""",
            """
            insert into training_trainee (programme_id, position, name, job_position, organisation, email, gender)
            select t.id, position, 'Trainee ' || position, 'Engineer', 'City environment office',
                   'trainee' || position || '.' || t.id || '@example.org', (array['FEMALE', 'MALE'])[1 + position % 2]
            from training_programme t join bench_dash d on d.id = t.project_id
            cross join lateral generate_series(1, 4 + d.n % 9) position""",
            // dispatch: 35 % of the projects send one mission (a third of them two), 5 % of the missions
            // cancelled, 10 % to a regional workshop in Singapore instead of the partner's country
            """
            insert into implementation_item (project_id, kind, title, planned_start, planned_end)
            select d.id, 'DISPATCH', 'Specialist mission ' || mission, p.planned_start + 150 * mission, p.planned_start + 150 * mission + 7
            from bench_dash d join project p on p.id = d.id
            cross join lateral generate_series(1, 1 + (d.n % 3 = 0)::int) mission
            where (d.n * 29) % 20 < 7""",
            """
            insert into dispatch (project_id, implementation_item_id, purpose, tasks, expected_outputs, destination_iso2,
                                  departure_on, return_on, status, written_by)
            select d.id, i.id, 'Advise the partner city', 'Site visits and workshops', 'Mission report',
                   case when (i.id * 7) % 10 = 0 then 'SG' end, i.planned_start, i.planned_end,
                   case when (i.id * 11) % 20 = 0 then 'CANCELLED' when i.planned_start > current_date then 'PLANNED'
                        else 'ACKNOWLEDGED' end,
                   d.officer
            from implementation_item i join bench_dash d on d.id = i.project_id where i.kind = 'DISPATCH'""",
            // follow-up: half of the projects that have ended have an action plan with two indicators and
            // yearly rounds from six months after the end (those due within a year from now)
            """
            insert into action_plan (project_id, summary, submitted_by, submitted_at)
            select d.id, 'Action plan of the partner city', 'benchmark', p.planned_end
            from bench_dash d join project p on p.id = d.id
            where p.planned_end < current_date and (d.n * 23) % 10 < 5""",
            """
            insert into action_plan_indicator (action_plan_id, indicator_code, baseline, target, target_date)
            select a.id, i.code, 40, 60, p.planned_end + 1095
            from action_plan a join bench_dash d on d.id = a.project_id join project p on p.id = d.id
            cross join (select code from indicator order by code limit 2) i""",
            """
            insert into follow_up_round (project_id, round_no, due_on, closed_at)
            select d.id, round_no, due_on, case when due_on < current_date then due_on + 30 end
            from action_plan a join bench_dash d on d.id = a.project_id join project p on p.id = d.id
            cross join lateral generate_series(1, 4) round_no
            cross join lateral (select cast(p.planned_end + interval '6 months' + (round_no - 1) * interval '1 year' as date) as due_on) due
            where due.due_on < current_date + 365""",
            // of the rounds, 70 % reported on time (ten days before the due day), 15 % late (twenty days
            // after), 15 % not at all; a report whose day has not come yet is not there
            """
            insert into follow_up_progress (round_id, target_id, actual_value, measured_on, reported_by, reported_at)
            select r.id, t.id, 50, r.due_on - 15, 'benchmark', report.day
            from follow_up_round r join bench_dash d on d.id = r.project_id
            join action_plan a on a.project_id = r.project_id join action_plan_indicator t on t.action_plan_id = a.id
            cross join lateral (select (r.id * 13) % 20 as share) s
            cross join lateral (select case when s.share < 14 then r.due_on - 10 else r.due_on + 20 end as day) report
            where s.share < 17 and report.day < current_date""");

    private final DataSource dataSource;
    private final Collection<String> taskKeys;

    /** {@code taskKeys}: every task definition key a phase of the deployed models declares. */
    DashboardData(DataSource dataSource, Collection<String> taskKeys) {
        this.dataSource = dataSource;
        this.taskKeys = List.copyOf(taskKeys);
    }

    /** Adds the dashboards' data unless an earlier run did; returns the seconds it took (0 when skipped). */
    double load() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (added(connection)) {
                return 0;
            }
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute(REPLICATED);
                setPartnerCountries(connection);
                for (String step : STEPS) {
                    sql.execute(step);
                }
                spreadHistoryOverPhases(connection);
                connection.commit();
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(true);
            }
            try (Statement sql = connection.createStatement()) {
                sql.execute("analyze");
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static void setPartnerCountries(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update organisation o set country_iso2 = c.iso2
                from unnest(cast(? as text[])) with ordinality as c(iso2, number)
                where o.code = 'BP' || lpad(c.number::text, 2, '0')""")) {
            update.setArray(1, connection.createArrayOf("text", PARTNER_COUNTRIES.toArray()));
            update.execute();
        }
    }

    /** The completed task history was cloned from one task: spread it evenly over the task keys of every phase. */
    private void spreadHistoryOverPhases(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update act_hi_taskinst set task_def_key_ = (cast(? as text[]))[1 + cast(substr(id_, 3) as int) % ?]
                where id_ like 'bh%'""")) {
            update.setArray(1, connection.createArrayOf("text", taskKeys.toArray()));
            update.setInt(2, taskKeys.size());
            update.execute();
        }
    }

    /** Whether the replicated projects already have training programmes: the step ran (it commits as a whole). */
    private static boolean added(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet found = sql.executeQuery("""
                select exists (select 1 from training_programme t join project p on p.id = t.project_id
                               where p.code ~ '^BM[0-9]{2}-2024-[0-9]{6}$')""")) {
            found.next();
            return found.getBoolean(1);
        }
    }

}
