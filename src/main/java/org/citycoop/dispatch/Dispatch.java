package org.citycoop.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citycoop.base.Message;
import org.citycoop.name.Name;

/** What has been recorded on one dispatch: terms of reference, plan, decisions, report and questions. */
public record Dispatch(long id, DispatchStatus status, TermsOfReference terms, String destinationIso2, Name destinationName,
                       LocalDate departureOn, LocalDate returnOn, Long costEstimateJpy, ApprovalLevel approvalLevel,
                       String safetyBlockReason, List<Member> specialists, List<Approval> approvals,
                       Optional<Report> report, List<Question> questions) {

    /** The start of the keys of the travel-safety block's reasons ({@code safetyBlockReason}). */
    public static final String SAFETY_BLOCK_PREFIX = "dispatch.safety-block.";

    /** Why travel safety blocked the dispatch, in the reader's language; null when it is not blocked. */
    public Message safetyBlockMessage() {
        return safetyBlockReason == null ? null : safetyBlockMessage(safetyBlockReason, destinationName, destinationIso2);
    }

    /** A reason kept as a key names the destination; one kept before the keys (V28) is its English sentence, shown as written. */
    public static Message safetyBlockMessage(String reason, Name destination, String iso2) {
        return reason.startsWith(SAFETY_BLOCK_PREFIX) ? Message.of(reason, destination, iso2) : Message.of("problem.of", reason);
    }

    public boolean isPlanned() {
        return departureOn != null;
    }

    public int durationDays() {
        return MissionPlan.durationDays(departureOn, returnOn);
    }

    /** The latest decision, if the last one was a refusal: what the officer must answer when planning again. */
    public Optional<Approval> lastRefusal() {
        return approvals.isEmpty() || approvals.get(approvals.size() - 1).approved() ? Optional.empty()
                : Optional.of(approvals.get(approvals.size() - 1));
    }

    /** The question the officer has yet to answer. */
    public Optional<Question> openQuestion() {
        return questions.stream().filter(question -> question.answer() == null).findFirst();
    }

    public record Member(Specialist specialist, Name organisationName) {
    }

    public record Approval(String role, boolean approved, String reason, String decidedBy, Instant decidedAt) {
    }

    public record Report(String activities, String findings, String recommendations, String documentName,
                         String submittedBy, Instant submittedAt, String acknowledgedBy) {
    }

    public record Question(long id, String question, String askedBy, Instant askedAt, String answer, String answeredBy) {
    }
}
