package org.citycoop.project;

import java.time.Instant;
import org.citycoop.name.Name;

/** An organisation the lead invited into a project, with its role. */
public record ProjectParticipant(String organisationCode, Name organisationName, ParticipantRole role, String invitedBy,
                                 Instant invitedAt) {
}
