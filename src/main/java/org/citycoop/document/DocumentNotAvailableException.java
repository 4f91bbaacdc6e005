package org.citycoop.document;

import org.citycoop.base.NotAvailableException;

/** No such document in the project: another project's document gets the same answer as a missing one. */
public class DocumentNotAvailableException extends NotAvailableException {

    public DocumentNotAvailableException(long documentId) {
        super("Document " + documentId + " is not available in this project");
    }

    @Override
    public String messageKey() {
        return "projectpage.document.not-available";
    }
}
