package org.citycoop.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.citycoop.indicator.Indicator;

/** A recorded indicator target of an action plan: what follow-up rounds report on. */
public record PlannedTarget(long id, Indicator indicator, BigDecimal baseline, BigDecimal target, LocalDate targetDate) {
}
