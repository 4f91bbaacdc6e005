package org.citycoop.workflow;

import java.time.LocalDate;

/** An absence as a form gives it: who is away (a username), the first and last day (inclusive), and who stands in. */
public record NewAbsence(String username, LocalDate firstDay, LocalDate lastDay, String substitute) {
}
