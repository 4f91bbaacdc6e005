package org.citycoop.project;

/** What an invited organisation does in a project beside its lead and partner city. */
public enum ParticipantRole {
    TECHNOLOGY_PROVIDER, TRAINING_PROVIDER, EXPERT, ADVISER
}
