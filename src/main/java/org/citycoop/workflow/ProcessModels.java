package org.citycoop.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of a process, read from the engine's repository. A deployed version
 * never changes, so each is read once and kept by its definition id; a new deployment is a new id.
 */
@Component
class ProcessModels {

    private final RepositoryService repository;
    private final Map<String, ProcessModel> byDefinitionId = new ConcurrentHashMap<>();

    ProcessModels(RepositoryService repository) {
        this.repository = repository;
    }

    ProcessModel latest(String processKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("No process " + processKey + " is deployed");
        }
        return byDefinitionId.computeIfAbsent(definition.getId(), this::read);
    }

    private ProcessModel read(String definitionId) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        List<ProcessModel.Step> steps = new ArrayList<>();
        model.getModelElementsByType(Process.class).forEach(process -> addSteps(process.getFlowElements(), steps));
        try (InputStream xml = repository.getProcessModel(definitionId)) {
            return new ProcessModel(definitionId, new String(xml.readAllBytes(), StandardCharsets.UTF_8), steps);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The user tasks and call activities in the order the model writes them, those of embedded subprocesses in their place. */
    private static void addSteps(Collection<FlowElement> elements, List<ProcessModel.Step> steps) {
        for (FlowElement element : elements) {
            if (element instanceof UserTask || element instanceof CallActivity) {
                steps.add(new ProcessModel.Step(element.getId(), element.getName(), element instanceof CallActivity));
            } else if (element instanceof SubProcess subProcess) {
                addSteps(subProcess.getFlowElements(), steps);
            }
        }
    }
}
