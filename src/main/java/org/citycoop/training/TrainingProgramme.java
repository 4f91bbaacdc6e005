package org.citycoop.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A training programme as recorded so far. Before the curriculum is designed only the planned
 * item is known ({@code id} is null and the lists are empty).
 *
 * @param plans the trainees' action plans by trainee id
 * @param returnComment the officer's comment when the list of trainees was last returned to the partner; null otherwise
 */
public record TrainingProgramme(Long id, long itemId, String projectCode, String title, LocalDate plannedStart,
                                LocalDate plannedEnd, String returnComment, List<CurriculumModule> modules,
                                List<Trainee> trainees, List<LogisticsItem> logistics, List<TrainingSession> sessions,
                                Map<Long, TraineeActionPlan> plans, List<TraineeEvaluation> evaluations) {

    public EvaluationSummary evaluationSummary() {
        return EvaluationSummary.of(evaluations.stream().map(TraineeEvaluation::satisfaction).toList());
    }

    /** How many sessions each trainee attended, by trainee id. */
    public long attendanceOf(long traineeId) {
        return sessions.stream().filter(session -> session.attendees().contains(traineeId)).count();
    }
}
