package org.citycoop.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citycoop.base.Message;

/**
 * A funding application with everything recorded on it so far: the draft, the latest eligibility
 * check, the internal approvals, the agency's reviews and decisions, and the agreement.
 */
public record FundingApplication(long id, String projectCode, int round, FundingScheme scheme,
                                 FundingApplicationStatus status, long requestedAmountJpy, int durationMonths,
                                 String objectives, String activities, List<BudgetLine> budgetLines,
                                 List<EligibilityReason> eligibilityReasons, int submissionCount, Instant submittedAt,
                                 String submissionProblem, Optional<InternalApproval> lastInternalApproval,
                                 List<Review> reviews, Optional<Decision> lastDecision, Optional<Agreement> agreement) {

    public FundingApplication {
        budgetLines = List.copyOf(budgetLines);
        eligibilityReasons = List.copyOf(eligibilityReasons);
        reviews = List.copyOf(reviews);
    }

    /**
     * Why the last submission failed, in the reader's language (DD032). The row keeps the problem's key and the
     * application its figures (saving the draft clears the problem); a problem recorded before keeps its English
     * sentence, shown as written.
     */
    public Optional<Message> submissionProblemMessage() {
        if (submissionProblem == null) {
            return Optional.empty();
        }
        return Optional.of(submissionProblem.startsWith(SUBMISSION_PROBLEM) ? submissionProblem(submissionProblem)
                : Message.of("problem.of", submissionProblem));
    }

    static final String SUBMISSION_PROBLEM = "funding.submission-problem.";
    static final String SCHEME_CLOSED = SUBMISSION_PROBLEM + "scheme-closed";
    static final String DRAFT_INCOMPLETE = SUBMISSION_PROBLEM + "draft-incomplete";
    static final String BUDGET_DIFFERS = SUBMISSION_PROBLEM + "budget-differs";

    /** The problem of {@code key} worded with this application's scheme and figures. */
    Message submissionProblem(String key) {
        return switch (key) {
            case SCHEME_CLOSED -> Message.of(key, Message.of(scheme.nameKey()));
            case BUDGET_DIFFERS -> Message.of(key, new Message.Yen(budgetTotalJpy()), new Message.Yen(requestedAmountJpy));
            default -> Message.of(key);
        };
    }

    public long budgetTotalJpy() {
        return budgetLines.stream().mapToLong(BudgetLine::getAmountJpy).sum();
    }

    /** The application as the city sees it: the agency's reviews (reviewers, scores, comments) stay with the agency. */
    public FundingApplication withoutReviews() {
        return new FundingApplication(id, projectCode, round, scheme, status, requestedAmountJpy, durationMonths, objectives,
                activities, budgetLines, eligibilityReasons, submissionCount, submittedAt, submissionProblem,
                lastInternalApproval, List.of(), lastDecision, agreement);
    }

    /** The draft as it stands, to prefill a form. */
    public ApplicationDraft toDraft() {
        ApplicationDraft draft = new ApplicationDraft();
        draft.setObjectives(objectives);
        draft.setActivities(activities);
        draft.setDurationMonths(durationMonths);
        draft.setRequestedAmountJpy(requestedAmountJpy);
        draft.setBudgetLines(budgetLines.stream().map(line -> new BudgetLine(line.getItem(), line.getAmountJpy())).toList());
        return draft;
    }

    public record InternalApproval(InternalApprovalDecision decision, String comment, String decidedBy, Instant decidedAt) {
    }

    /** A reviewer's screening of one submission; {@code scores} by criterion code, {@code fulfilled} checklist item codes. */
    public record Review(int submission, String reviewer, String comment, BigDecimal weightedScore,
                         Map<String, Integer> scores, Set<String> fulfilled, Instant reviewedAt) {
    }

    public record Decision(FundingDecision decision, Long approvedAmountJpy, String reason, LocalDate revisionDeadline,
                           String decidedBy, Instant decidedAt) {
    }

    public record Agreement(long approvedAmountJpy, LocalDate contractStart, LocalDate contractEnd,
                            List<Instalment> instalments, List<ReportingDuty> reportingDuties, String recordedBy,
                            Instant recordedAt) {
    }
}
