package org.citycoop.dispatch.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.base.AuditTrail;
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
            String reason = reason(safety);
            dispatches.block(dispatchId, reason);
            audit.recordForProjectCode(execution.getProcessBusinessKey(), ACTOR, "DISPATCH_BLOCKED_BY_TRAVEL_SAFETY", reason);
        }
        execution.setVariable(DispatchProcess.TRAVEL_SAFE, safe);
    }

    static String reason(TravelSafety safety) {
        String country = safety.countryName() + " (" + safety.countryIso2() + ")";
        if (safety.level() == null) {
            return "Travel safety: no travel-safety level is recorded for " + country + ", so the dispatch cannot go ahead. "
                    + "Ask the administrator to record the level, then send the plan again; or change the destination, or cancel the dispatch.";
        }
        return "Travel safety: " + country + " is at level " + safety.level() + " (" + (safety.level() == 4 ? "evacuate" : "avoid all travel")
                + "), so the dispatch cannot go ahead. Choose another destination, send the plan again once the level has been lowered, "
                + "or cancel the dispatch.";
    }
}
