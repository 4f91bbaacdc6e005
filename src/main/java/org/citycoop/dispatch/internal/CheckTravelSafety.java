package org.citycoop.dispatch.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.Message;
import org.citycoop.dispatch.Dispatch;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.TravelSafety;
import org.springframework.stereotype.Component;

/**
 * "Check travel safety": a destination at level 3 or 4, or without a recorded level, blocks the
 * dispatch; the reason is kept with the dispatch for the officer's screen. Sets {@code travelSafe}.
 */
@Component("checkTravelSafety")
class CheckTravelSafety implements JavaDelegate {

    static final String ACTOR = "travel-safety check";

    private final DispatchRepository dispatches;
    private final TravelSafetyRepository levels;
    private final AuditTrail audit;

    CheckTravelSafety(DispatchRepository dispatches, TravelSafetyRepository levels, AuditTrail audit) {
        this.dispatches = dispatches;
        this.levels = levels;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long dispatchId = DispatchVariables.dispatchId(execution);
        Dispatch dispatch = dispatches.find(dispatchId).orElseThrow();
        TravelSafety safety = levels.of(dispatch.destinationIso2()).orElseThrow();
        boolean safe = !safety.blocksTravel();
        if (!safe) {
            String reason = reasonKey(safety);
            dispatches.block(dispatchId, reason);
            audit.recordForProjectCode(execution.getProcessBusinessKey(), ACTOR, "DISPATCH_BLOCKED_BY_TRAVEL_SAFETY",
                    Dispatch.safetyBlockMessage(reason, dispatch.destinationName(), dispatch.destinationIso2()));
        }
        execution.setVariable(DispatchProcess.TRAVEL_SAFE, safe);
    }

    /** The key of the reason kept with the dispatch: the screens word it with the destination, in the reader's language. */
    static String reasonKey(TravelSafety safety) {
        return Dispatch.SAFETY_BLOCK_PREFIX + (safety.level() == null ? "no-level" : "level-" + safety.level());
    }
}
