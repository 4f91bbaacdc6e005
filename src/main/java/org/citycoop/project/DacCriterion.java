package org.citycoop.project;

/** The OECD-DAC evaluation criteria, each rated A (best) to D. */
public enum DacCriterion {
    RELEVANCE, COHERENCE, EFFECTIVENESS, EFFICIENCY, IMPACT, SUSTAINABILITY
}
