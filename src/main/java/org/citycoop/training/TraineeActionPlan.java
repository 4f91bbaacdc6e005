package org.citycoop.training;

import java.util.List;

/** The action plan of one trainee: measures and indicator targets. */
public record TraineeActionPlan(long traineeId, List<ActionItem> items, List<IndicatorTarget> targets) {
}
