package org.citycoop.project;

import java.time.Instant;
import java.util.List;

/** The manager's OECD-DAC evaluation of a project as recorded: one rating per criterion, in the criteria's order. */
public record RecordedEvaluation(List<Evaluation> ratings, String evaluatedBy, Instant evaluatedAt) {

    public RecordedEvaluation {
        ratings = List.copyOf(ratings);
    }
}
