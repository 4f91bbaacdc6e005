package org.citycoop.dispatch.internal;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.citycoop.dispatch.DispatchProcess;

/** Reads the id variables of the dispatch process. */
final class DispatchVariables {

    private DispatchVariables() {
    }

    static long dispatchId(VariableScope scope) {
        Object id = scope.getVariable(DispatchProcess.DISPATCH_ID);
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("The dispatch process has no " + DispatchProcess.DISPATCH_ID + " (" + id + ")");
        }
        return number.longValue();
    }
}
