package org.citycoop.peerlearning;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of a dialogue as an administrator records it: participants are organisations of the
 * register (by code) and, in {@code otherParticipants}, anyone else; programmes and projects discussed by code.
 */
public record MeetingRecord(String dialogueCode, Integer number, LocalDate heldOn, String venueCity, String venueCountryIso2,
                            List<String> organisationCodes, String otherParticipants, String outcomes,
                            List<String> programmeCodes, List<String> projectCodes) {
}
