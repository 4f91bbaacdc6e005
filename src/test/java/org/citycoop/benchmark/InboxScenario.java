package org.citycoop.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.citycoop.benchmark.StatementRecorder.SentStatement;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.Inbox;
import org.citycoop.workflow.InboxFilter;
import org.citycoop.workflow.TaskSubject;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Scenario "Inbox" (issue 8, item 3; issue 5's quality bar): a page of 50 with its count, as the
 * inbox screen asks for it (page, count, then the projects' titles), for users with three
 * groups (officer, manager, head) of ten different organisations in turn.
 */
final class InboxScenario {

    static final int PAGE = 50;
    static final int USERS = 10;

    /** One measured way of opening the inbox. */
    record Case(String name, Inbox view, InboxFilter filter) { }

    record Result(Case inboxCase, long count, Timings timings, int statements) { }

    static final List<Case> CASES = List.of(
            new Case("Group tasks", Inbox.GROUP_TASKS, InboxFilter.NONE),
            new Case("My tasks", Inbox.MY_TASKS, InboxFilter.NONE),
            new Case("Organisation (manager)", Inbox.ORGANISATION_TASKS, InboxFilter.NONE),
            new Case("Group tasks, search \"sludge\"", Inbox.GROUP_TASKS,
                    new InboxFilter(null, null, InboxFilter.Due.ANY, "sludge", false)),
            new Case("Group tasks, overdue", Inbox.GROUP_TASKS,
                    new InboxFilter(null, null, InboxFilter.Due.OVERDUE, null, false)),
            new Case("Organisation, due this week", Inbox.ORGANISATION_TASKS,
                    new InboxFilter(null, null, InboxFilter.Due.THIS_WEEK, null, false)));

    private final WorkflowService workflow;
    private final TaskSubjectLookup subjects;
    private final StatementRecorder recorder;
    private final DataSource dataSource;
    private final List<Actor> actors = new ArrayList<>();

    InboxScenario(WorkflowService workflow, TaskSubjectLookup subjects, StatementRecorder recorder,
                  DataSource dataSource, UserDetailsService userDetails) {
        this.workflow = workflow;
        this.subjects = subjects;
        this.recorder = recorder;
        this.dataSource = dataSource;
        for (int number = 1; number <= USERS; number++) {
            actors.add(Actor.of((CityCoopUser) userDetails.loadUserByUsername(BenchmarkData.leadUser(number))));
        }
    }

    Result measure(Case inboxCase, int warmUp, int iterations) {
        for (int i = 0; i < warmUp; i++) {
            page(inboxCase, actors.get(i % USERS));
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            page(inboxCase, actors.get(i % USERS));
            nanos[i] = System.nanoTime() - start;
        }
        int statements = recorder.record(() -> page(inboxCase, actors.get(0))).size();
        return new Result(inboxCase, workflow.count(inboxCase.view(), inboxCase.filter(), actors.get(0)),
                Timings.of(nanos), statements);
    }

    /** What the inbox screen does for one page: the page, its count, and the titles of its projects. */
    private void page(Case inboxCase, Actor actor) {
        List<WorkTask> page = workflow.inbox(inboxCase.view(), inboxCase.filter(), actor, 0, PAGE);
        workflow.count(inboxCase.view(), inboxCase.filter(), actor);
        subjects.describe(
                page.stream().map(WorkTask::businessKey).filter(Objects::nonNull).distinct().toList());
    }

    /** {@code EXPLAIN (ANALYZE, BUFFERS)} of every statement one page sends, for the first user. */
    List<QueryPlans.Plan> plans(Case inboxCase) throws SQLException {
        List<SentStatement> sent = recorder.record(() -> page(inboxCase, actors.get(0)));
        List<QueryPlans.Plan> plans = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (SentStatement statement : sent) {
                plans.add(QueryPlans.explain(connection, inboxCase.name(), statement));
            }
        }
        return plans;
    }
}
