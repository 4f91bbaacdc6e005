package org.citycoop.funding.internal;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.citycoop.funding.FundingProcess;

/** Reads the id variables of the funding process. */
final class FundingVariables {

    private FundingVariables() {
    }

    static long applicationId(VariableScope scope) {
        Object id = scope.getVariable(FundingProcess.APPLICATION_ID);
        if (!(id instanceof Number number)) {
            throw new IllegalStateException("The funding process has no " + FundingProcess.APPLICATION_ID + " (" + id + ")");
        }
        return number.longValue();
    }
}
