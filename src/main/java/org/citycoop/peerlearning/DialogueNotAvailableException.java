package org.citycoop.peerlearning;

import org.citycoop.base.NotAvailableException;

/** No dialogue with this code. */
public class DialogueNotAvailableException extends NotAvailableException {

    public DialogueNotAvailableException(String code) {
        super("Dialogue " + code + " does not exist");
    }

    @Override
    public String messageKey() {
        return "dialogue.not-available";
    }
}
