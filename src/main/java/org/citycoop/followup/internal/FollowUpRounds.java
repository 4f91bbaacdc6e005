package org.citycoop.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.Message;
import org.citycoop.followup.FollowUpSchedule;
import org.citycoop.project.ImplementationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The engine's side of the follow-up: plan the next round on the schedule, plan a visit, close a round. */
@Component
class FollowUpRounds {

    /** How long a follow-up visit is planned for until its dispatch's terms of reference fix the dates. */
    private static final int VISIT_PLANNED_DAYS = 60;

    private final FollowUpRepository followUps;
    private final ImplementationService implementation;
    private final AuditTrail audit;
    private final Clock clock;

    FollowUpRounds(FollowUpRepository followUps, ImplementationService implementation, AuditTrail audit, Clock clock) {
        this.followUps = followUps;
        this.implementation = implementation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The next round of the project's schedule with the day it is due, or empty when all rounds are done. */
    @Transactional
    Optional<PlannedRound> planNext(String projectCode) {
        long projectId = followUps.projectIdOf(projectCode);
        FollowUpRepository.ScheduleRow row = followUps.schedule(projectId)
                .orElseThrow(() -> new IllegalStateException("No follow-up schedule for " + projectCode));
        FollowUpSchedule schedule = FollowUpSchedule.parse(row.cycle());
        int number = followUps.roundsSoFar(projectId) + 1;
        if (number > schedule.rounds()) {
            audit.record(projectId, "engine", "FOLLOW_UP_DONE", Message.of("audit-detail.follow-up.rounds", schedule.rounds()));
            return Optional.empty();
        }
        LocalDate dueOn = schedule.dueOn(number, row.startsOn());
        long roundId = followUps.insertRound(projectId, number, dueOn);
        audit.record(projectId, "engine", "FOLLOW_UP_ROUND_PLANNED", Message.of("audit-detail.follow-up.round-due", number, dueOn));
        return Optional.of(new PlannedRound(roundId, dueOn));
    }

    /** Adds the round's follow-up visit to the implementation as a dispatch; returns its item id. */
    @Transactional
    long planVisit(long roundId) {
        FollowUpRepository.RoundRow round = followUps.round(roundId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        long itemId = implementation.addDispatch(round.code(), "Follow-up visit, round " + round.roundNo(), today,
                today.plusDays(VISIT_PLANNED_DAYS));
        followUps.setVisit(roundId, itemId);
        return itemId;
    }

    @Transactional
    void close(long roundId) {
        FollowUpRepository.RoundRow round = followUps.round(roundId).orElseThrow();
        followUps.closeRound(roundId);
        audit.record(round.projectId(), "engine", "FOLLOW_UP_ROUND_CLOSED", Message.of("audit-detail.follow-up.round", round.roundNo()));
    }

    record PlannedRound(long id, LocalDate dueOn) {
    }
}
