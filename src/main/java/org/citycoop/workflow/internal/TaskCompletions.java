package org.citycoop.workflow.internal;

import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells, from the engine's history, whether a task that a user can no longer complete was
 * completed by someone else whom the user shared it with. Asked after a completion was refused,
 * when the caller's transaction may already be doomed: hence a transaction of its own.
 */
@Component
public class TaskCompletions {

    private final HistoryService history;

    TaskCompletions(HistoryService history) {
        this.history = history;
    }

    /**
     * Whether {@code taskId} was completed by another user while it was offered to one of
     * {@code groups} or assigned to {@code userId}: only then may the user be told, since they could see it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean completedByOther(String taskId, String userId, Set<String> groups) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (task == null || !"completed".equals(task.getDeleteReason()) || userId.equals(task.getAssignee())) {
            return false;
        }
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                .anyMatch(link -> offeredTo(link, userId, groups));
    }

    private static boolean offeredTo(HistoricIdentityLinkLog link, String userId, Set<String> groups) {
        boolean candidateGroup = IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId());
        return candidateGroup || userId.equals(link.getUserId());
    }
}
