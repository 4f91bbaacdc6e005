package org.citycoop.peerlearning;

import org.citycoop.base.NotAvailableException;

/** No published practice with this id, or a document it does not share: deliberately the same answer. */
public class PracticeNotAvailableException extends NotAvailableException {

    public PracticeNotAvailableException(long practiceId) {
        super("Good practice " + practiceId + " or its document is not available");
    }

    @Override
    public String messageKey() {
        return "practice.not-available";
    }
}
