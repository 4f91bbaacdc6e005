package org.citycoop.training;

/** The items of the logistics checklist, in the order they are usually done. */
public enum LogisticsKind {
    INVITATION_LETTERS, VISAS, TRAVEL, ACCOMMODATION, INSURANCE
}
