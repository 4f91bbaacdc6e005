package org.citycoop.project;

/** No such project, or not one the user's organisation takes part in: deliberately the same answer. */
public class ProjectNotAvailableException extends RuntimeException {

    public ProjectNotAvailableException(String code) {
        super("Project " + code + " is not available to you");
    }
}
