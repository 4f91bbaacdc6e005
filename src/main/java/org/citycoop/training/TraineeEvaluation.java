package org.citycoop.training;

/** A trainee's evaluation of the programme: satisfaction from 1 (poor) to 5 (excellent), and an optional comment. */
public record TraineeEvaluation(long traineeId, Integer satisfaction, String comment) {
}
