package org.citycoop.training;

/** A trainee as the partner coordinator nominates them; {@code gender} is optional. */
public record Nomination(String name, String position, String organisation, String email, Gender gender) {
}
