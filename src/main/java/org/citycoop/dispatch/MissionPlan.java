package org.citycoop.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Who goes where, when, at what cost: what the manager (and perhaps the head) approves. */
public record MissionPlan(
        @NotEmpty(message = "{dispatch.specialists.required}") List<@Valid Specialist> specialists,
        @NotBlank(message = "{dispatch.destination.required}") String destinationIso2,
        @NotNull(message = "{dispatch.departure.required}") LocalDate departureOn,
        @NotNull(message = "{dispatch.return.required}") LocalDate returnOn,
        @NotNull(message = "{dispatch.cost.required}") @PositiveOrZero(message = "{dispatch.cost.negative}") Long costEstimateJpy) {

    /** Days abroad, the days of departure and return included. */
    public static int durationDays(LocalDate departureOn, LocalDate returnOn) {
        return (int) ChronoUnit.DAYS.between(departureOn, returnOn) + 1;
    }
}
