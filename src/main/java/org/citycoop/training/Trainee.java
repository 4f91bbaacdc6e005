package org.citycoop.training;

/** A nominated trainee of a programme. */
public record Trainee(long id, String name, String position, String organisation, String email, Gender gender) {
}
