package org.citycoop.base.pdf;

import org.citycoop.base.NotAvailableException;

/** The record a document prints does not exist (yet) in a project the user may see. */
public class NothingToPrintException extends NotAvailableException {

    public NothingToPrintException(String what, String projectCode) {
        super("No " + what + " to print in project " + projectCode);
    }

    @Override
    public String messageKey() {
        return "print.nothing";
    }
}
