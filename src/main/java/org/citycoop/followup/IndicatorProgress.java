package org.citycoop.followup;

import java.util.List;
import org.citycoop.project.PlannedTarget;

/** One indicator target of the action plan with the actual values of the rounds so far, oldest first. */
public record IndicatorProgress(PlannedTarget target, List<Measurement> actuals) {
}
