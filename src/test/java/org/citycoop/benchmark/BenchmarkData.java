package org.citycoop.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.citycoop.name.Name;
import org.citycoop.TestProposals;
import org.citycoop.organisation.NewOrganisation;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.security.UserAccountService;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The benchmark's data (DD013): organisations and users through the services, a share of the
 * projects proposed through the real process, then the open tasks and the task history
 * replicated in SQL from the tasks the engine created, until the database holds
 * {@code size.openTasks()} open tasks (each of a project of its own: as many projects) and
 * {@code size.historicTasks()} completed ones.
 * The engine's rows are cloned column by column, so every column the engine reads is one the
 * engine wrote; only ids, business keys, groups, assignees and dates are generated.
 */
final class BenchmarkData {

    static final int LEAD_ORGANISATIONS = 60;
    static final int PARTNER_CITIES = 30;
    static final int PROPOSALS_PER_ORGANISATION = 20;
    /** How much data: open tasks (each of a project of its own, so as many projects) and completed tasks. */
    record Size(int openTasks, int historicTasks) {
        /** Issue 8's inbox: 100,000 open tasks and 1,000,000 historic ones. */
        static final Size FULL = new Size(100_000, 1_000_000);
        /** Issue 6's dashboards: 10,000 projects and 1,000,000 historic task instances. */
        static final Size ISSUE_6 = new Size(10_000, 1_000_000);

        /** The directory name of this size's database under target/benchmark. */
        String databaseName() {
            return equals(FULL) ? "postgres" : "postgres-" + openTasks + "-" + historicTasks;
        }
    }
    /** Project titles start with one of these words; the search scenario looks for one of them. */
    static final List<String> TITLE_WORDS = List.of("Composting", "Landfill gas", "Sewage sludge", "Air monitoring",
            "Rainwater harvesting", "Solar street lights", "Recycling centre", "Mangrove restoration");
    private static final List<String> PARTNER_COUNTRIES = List.of("ID", "VN", "PH", "TH", "MY", "KH", "MN", "IN", "LK", "FJ");
    private static final String FIRST_LEAD = leadCode(1);
    /** The agency of the scheme the lifecycle scenario applies to (demo data), and its benchmark reviewer. */
    static final String REVIEWER_AGENCY = "JICA";
    static final String REVIEWER = "jica.benchmark";

    /** What the generation cost, for the results. */
    record Generated(int proposals, double proposalSeconds, int replicatedTasks, double replicationSeconds,
                     long openTasks, long historicTasks, long projects, boolean reused) { }

    private final DataSource dataSource;
    private final OrganisationService organisations;
    private final UserAccountService users;
    private final UserDetailsService userDetails;
    private final ProjectService projects;
    private final Size size;

    BenchmarkData(DataSource dataSource, OrganisationService organisations, UserAccountService users,
                  UserDetailsService userDetails, ProjectService projects, Size size) {
        this.size = size;
        this.dataSource = dataSource;
        this.organisations = organisations;
        this.users = users;
        this.userDetails = userDetails;
        this.projects = projects;
    }

    static String leadCode(int number) {
        return "BM%02d".formatted(number);
    }

    /** The user with three groups of the lead organisation {@code number}: officer, manager, head. */
    static String leadUser(int number) {
        return leadCode(number).toLowerCase() + ".lead";
    }

    /** The officer of the lead organisation {@code number}. */
    static String officerUser(int number) {
        return leadCode(number).toLowerCase() + ".officer";
    }

    static String partnerCode(int number) {
        return "BP%02d".formatted(number);
    }

    /** The coordinator of the partner city {@code number}, who confirms agreements (lifecycle scenario). */
    static String partnerUser(int number) {
        return partnerCode(number).toLowerCase() + ".partner";
    }

    /**
     * Loads the data into an empty benchmark database; a database loaded by an earlier run is reused.
     * Either way the lifecycle scenario's users are added when missing (a database of an earlier version lacks them).
     */
    Generated load() throws SQLException {
        Generated generated = organisations.findByCode(FIRST_LEAD).isPresent()
                ? new Generated(0, 0, 0, 0, count("act_ru_task"), count("act_hi_taskinst where end_time_ is not null"),
                        count("project"), true)
                : generate();
        addLifecycleUsers();
        return generated;
    }

    private Generated generate() throws SQLException {
        registerOrganisationsAndUsers();
        long start = System.nanoTime();
        int proposals = proposeThroughTheEngine();
        double proposalSeconds = seconds(start);
        int toReplicate = (int) (size.openTasks() - count("act_ru_task"));
        start = System.nanoTime();
        replicate(toReplicate);
        return new Generated(proposals, proposalSeconds, toReplicate, seconds(start), count("act_ru_task"),
                count("act_hi_taskinst where end_time_ is not null"), count("project"), false);
    }

    private void registerOrganisationsAndUsers() {
        for (int number = 1; number <= PARTNER_CITIES; number++) {
            organisations.register(new NewOrganisation(partnerCode(number), "Partner city " + number,
                    OrganisationKind.PARTNER_CITY, PARTNER_COUNTRIES.get(number % PARTNER_COUNTRIES.size()), null, null));
        }
        for (int number = 1; number <= LEAD_ORGANISATIONS; number++) {
            String code = leadCode(number);
            organisations.register(new NewOrganisation(code, "Benchmark city " + number, OrganisationKind.CITY, "JP", null, null));
            users.createDemoAccount(officerUser(number), Name.english("Officer of " + code), code, "benchmark", List.of(Roles.OFFICER));
            users.createDemoAccount(leadUser(number), Name.english("Lead of " + code), code, "benchmark",
                    List.of(Roles.OFFICER, Roles.MANAGER, Roles.HEAD));
        }
    }

    /**
     * A coordinator for every partner city and a reviewer of JICA (the agency of the scheme the lifecycle
     * applies to: one agency serves all threads, each thread its own projects and so its own tasks).
     */
    private void addLifecycleUsers() {
        for (int number = 1; number <= PARTNER_CITIES; number++) {
            String code = partnerCode(number);
            if (!users.usernamesOf(code).contains(partnerUser(number))) {
                users.createDemoAccount(partnerUser(number), Name.english("Coordinator of " + code), code, "benchmark", List.of(Roles.PARTNER));
            }
        }
        if (!users.usernamesOf(REVIEWER_AGENCY).contains(REVIEWER)) {
            users.createDemoAccount(REVIEWER, Name.english("Benchmark reviewer of " + REVIEWER_AGENCY), REVIEWER_AGENCY, "benchmark",
                    List.of(Roles.REVIEWER));
        }
    }

    private int proposeThroughTheEngine() {
        int proposed = 0;
        for (int round = 0; round < PROPOSALS_PER_ORGANISATION; round++) {
            for (int number = 1; number <= LEAD_ORGANISATIONS; number++) {
                CityCoopUser officer = (CityCoopUser) userDetails.loadUserByUsername(officerUser(number));
                projects.propose(proposal(proposed, partnerCode(1 + proposed % PARTNER_CITIES)), officer);
                proposed++;
            }
        }
        return proposed;
    }

    /** A technical cooperation on waste, starting in April 2027 for two years, with the partner city {@code partner}. */
    static ProjectProposal proposal(int number, String partner) {
        ProjectProposal proposal = TestProposals.of(TITLE_WORDS.get(number % TITLE_WORDS.size()) + " programme " + number, partner);
        proposal.setBudgetJpy(10_000_000L + number);
        return proposal;
    }

    /**
     * Clones the open tasks the engine made (one template per process definition and task
     * definition) into {@code replicas} new process instances, each with its project, task,
     * candidate groups and history, then the completed task history.
     */
    private void replicate(int replicas) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    create temporary table bench_template as
                    select row_number() over (order by t.proc_def_id_, t.task_def_key_) - 1 as k, t.id_ as task_id,
                           t.proc_inst_id_ as instance_id,
                           (select split_part(l.group_id_, ':', 2) from act_ru_identitylink l
                             where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null limit 1) as role
                    from (select distinct on (proc_def_id_, task_def_key_) * from act_ru_task
                          order by proc_def_id_, task_def_key_, create_time_) t""");
            int templates = single(sql, "select count(*) from bench_template");
            // o numbers the replicas of one template, so that every organisation gets tasks of every template
            sql.execute("""
                    create temporary table bench_replica as
                    select n, b.k, b.task_id, b.instance_id, b.role,
                           'BM' || lpad((1 + o %% %1$d)::text, 2, '0') as lead_code,
                           'BP' || lpad((1 + o %% %2$d)::text, 2, '0') as partner_code,
                           (array['JICA', 'MOEJ', 'JAIF'])[1 + o %% 3] as agency_code,
                           'BM' || lpad((1 + o %% %1$d)::text, 2, '0') || '-2024-' || lpad(n::text, 6, '0') as code,
                           (array[%3$s])[1 + (n / 7) %% %4$d] || ' programme ' || n as title,
                           case when (o / %1$d) %% 10 = 0 then null
                                else date_trunc('hour', now()) + (((o / %1$d)::bigint * 7919) %% 90 - 30) * interval '1 day' end as due,
                           now() - ((n::bigint * 104729) %% 180) * interval '1 day' - (n %% 1440) * interval '1 minute' as created,
                           case (o / %1$d) %% 20 when 5 then now() + interval '10 days' when 12 then now() - interval '3 days' end as follow_up,
                           case when b.role in ('officer', 'manager', 'head') and (o / %1$d) %% 10 in (1, 2)
                                then lower('BM' || lpad((1 + o %% %1$d)::text, 2, '0'))
                                     || case (o / %1$d) %% 10 when 1 then '.officer' else '.lead' end
                           end as assignee
                    from generate_series(1, %5$d) n cross join lateral (select n / %6$d as o) replica
                         join bench_template b on b.k = n %% %6$d"""
                    .formatted(LEAD_ORGANISATIONS, PARTNER_CITIES, TITLE_WORDS.stream().map(word -> "'" + word + "'")
                            .collect(Collectors.joining(", ")), TITLE_WORDS.size(), replicas, templates));
            sql.execute("""
                    insert into project (code, title, lead_organisation_id, partner_organisation_id, theme_code,
                                         cooperation_type_code, planned_start, planned_end, budget_jpy, status, proposed_by, proposed_at)
                    select r.code, r.title, lead.id, partner.id, 'WASTE', 'TECHNICAL_COOPERATION', date '2025-04-01',
                           date '2028-03-31', 10000000 + r.n, 'PIPELINE', lower(r.lead_code) || '.officer', r.created
                    from bench_replica r join organisation lead on lead.code = r.lead_code
                         join organisation partner on partner.code = r.partner_code""");
            String instance = "'bx' || r.n";
            cloneRows(sql, "act_ru_execution", "bench_replica r join act_ru_execution t on t.id_ = r.instance_id", columns(
                    "id_", instance, "proc_inst_id_", instance, "root_proc_inst_id_", instance, "business_key_", "r.code",
                    "parent_id_", "null", "super_exec_", "null", "super_case_exec_", "null", "rev_", "1"));
            cloneRows(sql, "act_ru_task", "bench_replica r join act_ru_task t on t.id_ = r.task_id", columns(
                    "id_", "'bt' || r.n", "execution_id_", instance, "proc_inst_id_", instance, "assignee_", "r.assignee",
                    "owner_", "null", "due_date_", "r.due", "follow_up_date_", "r.follow_up", "create_time_", "r.created",
                    "last_updated_", "r.created", "rev_", "1"));
            cloneRows(sql, "act_ru_identitylink",
                    "bench_replica r join act_ru_identitylink t on t.task_id_ = r.task_id and t.type_ = 'candidate'", columns(
                    "id_", "'bl' || r.n || '-' || t.id_", "task_id_", "'bt' || r.n", "rev_", "1",
                    "group_id_", "case split_part(t.group_id_, ':', 2) when 'partner' then r.partner_code when 'reviewer' "
                            + "then r.agency_code else r.lead_code end || ':' || split_part(t.group_id_, ':', 2)"));
            cloneRows(sql, "act_hi_procinst", "bench_replica r join act_hi_procinst t on t.id_ = r.instance_id", columns(
                    "id_", instance, "proc_inst_id_", instance, "root_proc_inst_id_", instance, "business_key_", "r.code",
                    "super_process_instance_id_", "null", "super_case_instance_id_", "null", "start_time_", "r.created"));
            cloneRows(sql, "act_hi_taskinst", "bench_replica r join act_hi_taskinst t on t.id_ = r.task_id", columns(
                    "id_", "'bt' || r.n", "execution_id_", instance, "proc_inst_id_", instance, "root_proc_inst_id_", instance,
                    "assignee_", "r.assignee", "owner_", "null", "due_date_", "r.due", "follow_up_date_", "r.follow_up",
                    "start_time_", "r.created"));
            replicateHistory(sql, replicas, size.historicTasks());
            sql.execute("analyze");
        }
    }

    /**
     * Completed tasks, spread over the replicated instances and the last two years; durations from
     * minutes to 30 days, most of them short (the cube of a uniform share: median 3.75 days, 90th
     * percentile 21.9), so that the cycle time's counts have as many durations as real work gives.
     */
    private static void replicateHistory(Statement sql, int replicas, int historicTasks) throws SQLException {
        String instance = "'bx' || (1 + h % " + replicas + ")";
        String duration = "cast(30 * 86400000::bigint * power(((h::bigint * 7919) % 10007) / 10007.0, 3) as bigint)";
        cloneRows(sql, "act_hi_taskinst", """
                generate_series(1, %d) h
                join (select * from act_hi_taskinst where end_time_ is not null order by end_time_ desc limit 1) t on true"""
                .formatted(historicTasks), columns(
                "id_", "'bh' || h", "execution_id_", instance, "proc_inst_id_", instance, "root_proc_inst_id_", instance,
                "assignee_", "'bm' || lpad((1 + h % " + LEAD_ORGANISATIONS + ")::text, 2, '0') || '.officer'",
                "start_time_", "now() - (h % 730) * interval '1 day'",
                "end_time_", "now() - (h % 730) * interval '1 day' + " + duration + " * interval '1 millisecond'",
                "duration_", duration, "delete_reason_", "'completed'", "removal_time_", "null"));
    }

    /**
     * {@code insert into table select …} that copies every column of the rows found by {@code from}
     * (aliased {@code t}) except the overridden ones.
     */
    private static void cloneRows(Statement sql, String table, String from, Map<String, String> overrides)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet found = sql.executeQuery("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = '%s' order by ordinal_position""".formatted(table))) {
            while (found.next()) {
                columns.add(found.getString(1));
            }
        }
        String values = columns.stream().map(column -> overrides.getOrDefault(column, "t." + column))
                .collect(Collectors.joining(", "));
        sql.execute("insert into %s (%s) select %s from %s".formatted(table, String.join(", ", columns), values, from));
    }

    /** Column name, expression, column name, expression, … */
    private static Map<String, String> columns(String... namesAndExpressions) {
        Map<String, String> overrides = new HashMap<>();
        for (int i = 0; i < namesAndExpressions.length; i += 2) {
            overrides.put(namesAndExpressions[i], namesAndExpressions[i + 1]);
        }
        return overrides;
    }

    private long count(String tableAndCondition) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            return single(sql, "select count(*) from " + tableAndCondition);
        }
    }

    private static int single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
