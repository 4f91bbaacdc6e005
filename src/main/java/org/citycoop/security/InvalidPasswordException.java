package org.citycoop.security;

/**
 * A password that the policy refuses; the message names the field and says what to do. Not an
 * {@code InvalidInputException}: {@code base} depends on {@code security}, not the other way.
 */
public class InvalidPasswordException extends IllegalArgumentException {

    public static final String FIELD = "password";

    public InvalidPasswordException(String message) {
        super(message);
    }
}
