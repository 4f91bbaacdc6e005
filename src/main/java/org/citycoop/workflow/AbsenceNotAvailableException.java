package org.citycoop.workflow;

import org.citycoop.base.NotAvailableException;

/** An absence that does not exist or that the user may not change (another organisation's, or a colleague's for a non-manager). */
public class AbsenceNotAvailableException extends NotAvailableException {

    public AbsenceNotAvailableException(long absenceId) {
        super("Absence " + absenceId + " is not available");
    }

    @Override
    public String messageKey() {
        return "absence.not-available";
    }
}
