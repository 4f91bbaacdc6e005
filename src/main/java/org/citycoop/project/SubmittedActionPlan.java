package org.citycoop.project;

import java.time.LocalDate;
import java.util.List;

/** The partner's action plan as recorded, with its indicator targets in the order they were entered. */
public record SubmittedActionPlan(String summary, LocalDate submittedOn, String submittedBy, List<PlannedTarget> targets) {
}
