package org.citycoop.project;

import org.citycoop.base.NotAvailableException;

/** No such comment, or one that does not mention the user: deliberately the same answer. */
public class MentionNotAvailableException extends NotAvailableException {

    public MentionNotAvailableException(long commentId) {
        super("Comment " + commentId + " does not mention you");
    }

    @Override
    public String messageKey() {
        return "mentions.not-available";
    }
}
