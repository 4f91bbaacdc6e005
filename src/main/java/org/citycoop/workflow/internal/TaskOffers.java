package org.citycoop.workflow.internal;

import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.citycoop.workflow.TaskNeedsAttention;
import org.citycoop.workflow.TaskNeedsAttention.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the application that the engine created a task for its candidate groups (already scoped to
 * organisations by {@link OrganisationScopingPlugin}, which registers this on every user task). A
 * listener of the engine, not a poll of its tables: the event is published in the engine's
 * transaction, so a rolled-back step tells nobody.
 */
@Component
class TaskOffers implements TaskListener {

    private final ApplicationEventPublisher events;

    TaskOffers(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        var groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId()).filter(Objects::nonNull).collect(Collectors.toSet());
        String formKey = task.getBpmnModelElementInstance().getCamundaFormKey();
        events.publishEvent(new TaskNeedsAttention(Reason.OFFERED, task.getId(), task.getTaskDefinitionKey(), formKey,
                task.getExecution().getProcessBusinessKey(), task.getAssignee(), groups));
    }
}
