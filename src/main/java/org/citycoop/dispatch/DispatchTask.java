package org.citycoop.dispatch;

import java.util.Optional;
import org.citycoop.workflow.WorkTask;

/** A task of the dispatch process with its project and, once the terms of reference exist, its dispatch. */
public record DispatchTask(WorkTask task, DispatchProject project, Optional<Dispatch> dispatch) {

    public Dispatch requireDispatch() {
        return dispatch.orElseThrow(() -> new IllegalStateException("Task " + task.id() + " has no dispatch yet"));
    }
}
