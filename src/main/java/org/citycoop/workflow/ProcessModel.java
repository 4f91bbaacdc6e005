package org.citycoop.workflow;

import java.util.List;

/**
 * The latest deployed version of a process as a diagram: its BPMN XML (with the layout) and its
 * steps, the activities where a case waits for work, in the order of the model.
 */
public record ProcessModel(String definitionId, String bpmnXml, List<Step> steps) {

    public ProcessModel {
        steps = List.copyOf(steps);
    }

    /**
     * A user task, or a call activity whose building block holds the work ({@code callsBuildingBlock}).
     * The name is the model's, in sentence case.
     */
    public record Step(String id, String name, boolean callsBuildingBlock) {
    }

    public boolean hasStep(String stepId) {
        return steps.stream().anyMatch(step -> step.id().equals(stepId));
    }
}
