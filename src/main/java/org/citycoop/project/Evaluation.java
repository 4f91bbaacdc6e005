package org.citycoop.project;

/** The rating of one OECD-DAC criterion: A (best) to D, with the reason. */
public record Evaluation(DacCriterion criterion, String rating, String comment) {
}
