package org.citycoop.training;

import java.time.LocalDate;

/** One measure of a trainee's action plan: what, who is responsible, by when. */
public record ActionItem(String description, String responsible, LocalDate deadline) {
}
