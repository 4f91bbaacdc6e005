package org.citycoop.marketplace;

import org.citycoop.base.NotAvailableException;

/** The request or offer does not exist or is not the user's to see or change: one answer for both. */
public class RequestNotAvailableException extends NotAvailableException {

    public RequestNotAvailableException(String what) {
        super(what + " is not available");
    }

    @Override
    public String messageKey() {
        return "marketplace.not-available";
    }
}
