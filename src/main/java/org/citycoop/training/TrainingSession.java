package org.citycoop.training;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A session as held: date and time (Japan), kind, method, venue, facilitator, the number of
 * participants on site and online (all participants, trainees or not), and which trainees attended.
 */
public record TrainingSession(LocalDateTime startsAt, SessionKind kind, SessionMethod method, String venue,
                              String facilitator, Integer participantsOnSite, Integer participantsOnline,
                              Set<Long> attendees) {
}
