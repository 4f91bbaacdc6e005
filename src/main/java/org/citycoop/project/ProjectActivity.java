package org.citycoop.project;

import java.time.Instant;
import org.citycoop.name.Name;

/** One entry of a project's audit trail, with the project it belongs to and who did it. */
public record ProjectActivity(String projectCode, String projectTitle, Name actorName, String action,
                              String detail, Instant occurredAt) {
}
