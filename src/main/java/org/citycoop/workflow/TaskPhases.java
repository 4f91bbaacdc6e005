package org.citycoop.workflow;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The phase of each user task, read once from the deployed models' {@code phase} properties: the
 * inbox filters a phase by the task definition keys of that phase, in the engine's own query.
 */
@Component
class TaskPhases {

    private final RepositoryService repository;
    private volatile Map<String, Phase> byTaskKey;

    TaskPhases(RepositoryService repository) {
        this.repository = repository;
    }

    /** The phase of a task definition key; null for a task whose model names none. */
    Phase of(String taskDefinitionKey) {
        return byTaskKey().get(taskDefinitionKey);
    }

    /** The task definition keys of a phase, never empty for a phase that the models use. */
    List<String> keysOf(Phase phase) {
        Map<Phase, Set<String>> byPhase = new EnumMap<>(Phase.class);
        byTaskKey().forEach((key, itsPhase) -> byPhase.computeIfAbsent(itsPhase, none -> new TreeSet<>()).add(key));
        return List.copyOf(byPhase.getOrDefault(phase, Set.of()));
    }

    private Map<String, Phase> byTaskKey() {
        // models are deployed when the application starts: read them once, on first use
        if (byTaskKey == null) {
            Map<String, Phase> read = new HashMap<>();
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
                BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    phaseProperty(task).flatMap(Phase::fromModelValue).ifPresent(phase -> read.put(task.getId(), phase));
                }
            }
            byTaskKey = Map.copyOf(read);
        }
        return byTaskKey;
    }

    /** The value of the task's {@code phase} property, as the model writes it. */
    static Optional<String> phaseProperty(UserTask task) {
        if (task.getExtensionElements() == null) {
            return Optional.empty();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> Phase.PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst();
    }
}
