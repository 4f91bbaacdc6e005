package org.citycoop.project;

import org.citycoop.base.NotAvailableException;

/** No such project, or not one the user's organisation takes part in: deliberately the same answer. */
public class ProjectNotAvailableException extends NotAvailableException {

    public ProjectNotAvailableException(String code) {
        super("Project " + code + " is not available to you");
    }

    @Override
    public String messageKey() {
        return "project.not-available";
    }
}
