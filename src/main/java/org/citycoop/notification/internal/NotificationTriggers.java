package org.citycoop.notification.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.citycoop.funding.FundingDecided;
import org.citycoop.marketplace.RequestAnswered;
import org.citycoop.marketplace.RequestMatchesOffers;
import org.citycoop.notification.NotificationKind;
import org.citycoop.project.ColleaguesMentioned;
import org.citycoop.workflow.AbsenceService;
import org.citycoop.workflow.TaskNeedsAttention;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events the features publish into notifications, in the publisher's transaction: what
 * the engine does to tasks ({@link TaskNeedsAttention}), mentions in comments, funding decisions, and the marketplace's answers and matches.
 */
@Component
class NotificationTriggers {

    private final Notifier notifier;
    private final NotificationRepository notifications;
    private final AbsenceService absences;

    NotificationTriggers(Notifier notifier, NotificationRepository notifications, AbsenceService absences) {
        this.notifier = notifier;
        this.notifications = notifications;
        this.absences = absences;
    }

    @EventListener
    void on(TaskNeedsAttention task) {
        Set<String> people = new LinkedHashSet<>(notifications.membersOf(task.groups()));
        if (task.assignee() != null) {
            people.add(task.assignee());
            // the colleague standing in for an absent assignee acts on the task meanwhile (DD027)
            absences.substituteToday(task.assignee()).ifPresent(people::add);
        }
        NotificationKind kind = switch (task.reason()) {
            case OFFERED, ASSIGNED -> NotificationKind.TASK_ASSIGNED;
            case OVERDUE, ESCALATED -> NotificationKind.TASK_OVERDUE;
        };
        notifier.notify(people, kind, task.projectCode(), task.taskDefinitionKey(), task.route());
    }

    @EventListener
    void on(ColleaguesMentioned mention) {
        // the mention's own address marks it read on the Mentions page too, then goes on to its task or project
        notifier.notify(mention.usernames(), NotificationKind.MENTION, mention.projectCode(), mention.author(),
                "mentions/" + mention.commentId());
    }

    @EventListener
    void on(FundingDecided decision) {
        notifier.notify(Set.of(decision.applicant()), NotificationKind.FUNDING_DECISION, decision.projectCode(),
                decision.decision().name(), "projects/" + decision.projectCode());
    }

    @EventListener
    void on(RequestAnswered answer) {
        notifier.notify(Set.of(answer.requester()), NotificationKind.REQUEST_ANSWERED, null, answer.requestTitle(),
                "marketplace/requests/" + answer.requestId());
    }

    @EventListener
    void on(RequestMatchesOffers match) {
        notifier.notify(match.officers(), NotificationKind.REQUEST_MATCHES_OFFER, null, match.requestTitle(),
                "marketplace/requests/" + match.requestId());
    }
}
