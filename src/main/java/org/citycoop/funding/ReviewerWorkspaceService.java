package org.citycoop.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.citycoop.base.Message;
import org.citycoop.funding.SubmissionComparison.FieldChange;
import org.citycoop.funding.internal.FundingRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace of a funding agency's reviewer: the queue of the agency's submitted applications
 * that await screening or a decision, and a resubmitted application set against the submission
 * before it. The agency is always the reviewer's own organisation, applied in the database query;
 * users who are no reviewers get an empty queue.
 */
@Service
public class ReviewerWorkspaceService {

    private final FundingRepository applications;
    private final FundingService funding;
    private final WorkflowService workflow;

    ReviewerWorkspaceService(FundingRepository applications, FundingService funding, WorkflowService workflow) {
        this.applications = applications;
        this.funding = funding;
        this.workflow = workflow;
    }

    /** One page of the reviewer's queue: by scheme, oldest submission first, each with its open task. */
    @Transactional(readOnly = true)
    public List<ReviewerQueueEntry> queue(CityCoopUser reviewer, int offset, int limit) {
        if (!reviewer.hasRole(Roles.REVIEWER)) {
            return List.of();
        }
        Actor actor = Actor.of(reviewer);
        return applications.agencyQueue(reviewer.organisationCode(), offset, limit).stream()
                .map(application -> new ReviewerQueueEntry(application, workflow.openTasksOf(application.projectCode(), actor)
                        .stream().filter(task -> FundingService.REVIEWER_TASKS.contains(task.taskDefinitionKey())).findFirst()))
                .toList();
    }

    /** How many applications await the reviewer's agency, by scheme code (screens name the scheme in the reader's language). */
    @Transactional(readOnly = true)
    public Map<String, Long> queueCounts(CityCoopUser reviewer) {
        return reviewer.hasRole(Roles.REVIEWER) ? applications.agencyQueueCounts(reviewer.organisationCode()) : Map.of();
    }

    @Transactional(readOnly = true)
    public long queueSize(CityCoopUser reviewer) {
        return queueCounts(reviewer).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The application of a screening task as submitted last, against the submission before it;
     * refused as {@link FundingService#openTask} refuses the task itself.
     */
    @Transactional(readOnly = true)
    public SubmissionComparison compare(String screeningTaskId, CityCoopUser reviewer) {
        FundingTask task = funding.openTask(screeningTaskId, FundingProcess.TASK_SCREEN_APPLICATION, reviewer);
        List<SubmissionSnapshot> latest = applications.latestSubmissions(task.requireApplication().id(), 2);
        if (latest.isEmpty()) {
            throw new IllegalStateException("No submission recorded for " + task.project().code());
        }
        SubmissionSnapshot current = latest.get(0);
        Optional<SubmissionSnapshot> previous = latest.stream().skip(1).findFirst();
        List<FieldChange> fields = new ArrayList<>();
        fields.add(field("objectives", previous, current, snapshot -> value(snapshot.objectives())));
        fields.add(field("activities", previous, current, snapshot -> value(snapshot.activities())));
        fields.add(field("budgetLines", previous, current, snapshot -> budget(snapshot.budgetLines())));
        fields.add(field("requestedAmountJpy", previous, current, snapshot -> value(new Message.Yen(snapshot.requestedAmountJpy()))));
        fields.add(field("durationMonths", previous, current, snapshot -> value(snapshot.durationMonths())));
        return new SubmissionComparison(task, current, previous, fields);
    }

    private static FieldChange field(String name, Optional<SubmissionSnapshot> previous, SubmissionSnapshot current,
                                     Function<SubmissionSnapshot, List<Message>> value) {
        List<Message> now = value.apply(current);
        List<Message> before = previous.map(value).orElse(List.of());
        return new FieldChange(name, before, now, previous.isPresent() && !before.equals(now));
    }

    /** A value of one line, written as the reader's language writes it (an amount, a number) or as typed. */
    private static List<Message> value(Object value) {
        return List.of(Message.of("reviewer.compare.value", value == null ? "" : value));
    }

    private static List<Message> budget(List<BudgetLine> lines) {
        return lines.stream().map(line -> Message.of("reviewer.compare.budget-line", line.getItem(), new Message.Yen(line.getAmountJpy())))
                .toList();
    }
}
