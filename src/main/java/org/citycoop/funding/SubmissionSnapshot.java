package org.citycoop.funding;

import java.time.Instant;
import java.util.List;

/** What an application said when it was submitted to the agency the {@code submission}-th time. */
public record SubmissionSnapshot(int submission, long requestedAmountJpy, int durationMonths, String objectives,
                                 String activities, List<BudgetLine> budgetLines, Instant submittedAt) {

    public SubmissionSnapshot {
        budgetLines = List.copyOf(budgetLines);
    }
}
