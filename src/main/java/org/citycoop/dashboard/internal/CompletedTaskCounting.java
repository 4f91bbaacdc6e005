package org.citycoop.dashboard.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.citycoop.workflow.WorkflowService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts every completed user task for the cycle time (DD022), in the transaction that completes
 * it: the engine hands its history events to this handler beside its own, which writes
 * {@code act_hi_taskinst}. The count is appended when the transaction commits, after the engine has
 * written the task's end and duration (the event itself carries no duration: the engine computes it
 * from the row).
 * <p>
 * Not a {@link HistoryEventHandler} bean itself: Camunda's Spring Boot starter would take such a
 * bean as the engine's only handler, and the engine would stop writing its history.
 */
@Component
class CompletedTaskCounting extends AbstractProcessEnginePlugin {

    // the workflow service is built on the engine that this plugin helps configure: asked for on first use
    private final ObjectProvider<WorkflowService> workflow;
    private final CycleTimeCounts counts;

    CompletedTaskCounting(ObjectProvider<WorkflowService> workflow, CycleTimeCounts counts) {
        this.workflow = workflow;
        this.counts = counts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new Handler());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private final class Handler implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricTaskInstanceEventEntity task && task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)) {
                workflow.getObject().phaseOfTask(task.getTaskDefinitionKey()).ifPresent(phase ->
                        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTING,
                                committing -> counts.countCompletedTask(task.getId(), phase)));
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
