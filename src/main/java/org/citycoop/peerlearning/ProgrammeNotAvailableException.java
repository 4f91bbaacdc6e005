package org.citycoop.peerlearning;

import org.citycoop.base.NotAvailableException;

/** No programme with this code. */
public class ProgrammeNotAvailableException extends NotAvailableException {

    public ProgrammeNotAvailableException(String code) {
        super("Programme " + code + " does not exist");
    }

    @Override
    public String messageKey() {
        return "programme.not-available";
    }
}
