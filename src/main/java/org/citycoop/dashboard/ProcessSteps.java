package org.citycoop.dashboard;

import java.util.List;

/**
 * The main process as the dashboard draws it: the BPMN XML of its latest version and, for each of
 * its steps in the order of the model, how many projects wait there now and how many of those have
 * overdue work there (DD015).
 */
public record ProcessSteps(String bpmnXml, List<Step> steps) {

    public ProcessSteps {
        steps = List.copyOf(steps);
    }

    /** A user task or call activity of the main process, with its projects waiting and of those the overdue. */
    public record Step(String stepId, String name, long waiting, long overdue) {
    }
}
