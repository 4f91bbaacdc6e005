package org.citycoop.security;

import java.util.Arrays;
import java.util.List;

/**
 * A password that the policy refuses: {@link #messageKey()} names the text (of the screens' bundle)
 * that says what to do, rendered in the reader's language where it is shown (DD030); the exception's
 * own message is for the log. Not an {@code InvalidInputException}: {@code base} depends on
 * {@code security}, not the other way.
 */
public class InvalidPasswordException extends IllegalArgumentException {

    public static final String FIELD = "password";

    private final String messageKey;
    private final List<Object> arguments;

    public InvalidPasswordException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
