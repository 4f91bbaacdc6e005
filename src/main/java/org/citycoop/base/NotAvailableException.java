package org.citycoop.base;

/**
 * Something the user asked for does not exist or is not theirs to see. Deliberately one answer
 * for both: a denial must not tell whether another organisation's record exists.
 */
public class NotAvailableException extends RuntimeException {

    public NotAvailableException(String message) {
        super(message);
    }

    /** The message bundle key of what the user is told; the exception's own message is for the log only. */
    public String messageKey() {
        return "task.not-available";
    }
}
