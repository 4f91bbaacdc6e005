package org.citycoop.funding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citycoop.base.Message;

/**
 * A resubmitted application against the submission before it: each compared field with both
 * values and whether it changed. {@code previous} is empty for a first submission.
 */
public record SubmissionComparison(FundingTask task, SubmissionSnapshot current, Optional<SubmissionSnapshot> previous,
                                   List<FieldChange> fields) {

    public SubmissionComparison {
        fields = List.copyOf(fields);
    }

    public List<String> changedFields() {
        return fields.stream().filter(FieldChange::changed).map(FieldChange::field).toList();
    }

    /**
     * One compared field: {@code field} is the name of the form field (objectives, activities,
     * budgetLines, requestedAmountJpy, durationMonths); each value as its lines, worded in the
     * reader's language ({@code 22,000,000円} or {@code ¥22,000,000}); no lines for a first submission.
     */
    public record FieldChange(String field, List<Message> previous, List<Message> current, boolean changed) {

        public FieldChange {
            previous = List.copyOf(previous);
            current = List.copyOf(current);
        }

        public String previousIn(Locale reader) {
            return lines(previous, reader);
        }

        public String currentIn(Locale reader) {
            return lines(current, reader);
        }

        private static String lines(List<Message> value, Locale reader) {
            return value.stream().map(line -> line.in(reader)).collect(Collectors.joining("\n"));
        }
    }
}
