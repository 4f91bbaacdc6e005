package org.citycoop.marketplace;

/** A form of cooperation a requester prefers. */
public enum RequestForm {
    TRAINING, DISPATCH, FEASIBILITY_STUDY, TECHNOLOGY
}
