package org.citycoop.funding;

import java.util.List;
import java.util.Optional;

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
     * budgetLines, requestedAmountJpy, durationMonths); the values as the reviewer reads them.
     */
    public record FieldChange(String field, String previous, String current, boolean changed) {
    }
}
