package org.citycoop.training;

/** A trainee's gender, given only if the trainee wishes (for the gender-disaggregated figures funders ask for). */
public enum Gender {
    FEMALE, MALE, OTHER
}
