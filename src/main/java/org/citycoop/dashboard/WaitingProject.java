package org.citycoop.dashboard;

import org.citycoop.name.Name;
import java.time.Instant;

/**
 * A project waiting at a step of the main process: since when it is there (the earliest start of
 * that step's running activity instances), and whether work under the step is past its due date.
 */
public record WaitingProject(String code, String title, Name partnerName, Instant waitingSince, boolean overdue) {
}
