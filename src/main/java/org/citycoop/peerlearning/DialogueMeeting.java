package org.citycoop.peerlearning;

import java.time.LocalDate;
import java.util.List;
import org.citycoop.name.Name;

/**
 * A meeting on a dialogue's timeline. {@code projects} are the discussed projects the reader's
 * organisation takes part in; {@code otherProjects} counts the rest, which the reader may not see.
 */
public record DialogueMeeting(long id, int number, LocalDate heldOn, String venueCity, Name venueCountry,
                              List<Name> organisations, String otherParticipants, String outcomes,
                              List<ProgrammeName> programmes, List<DiscussedProject> projects, int otherProjects) {

    public record ProgrammeName(String code, Name name) {
    }

    public record DiscussedProject(String code, String title) {
    }
}
