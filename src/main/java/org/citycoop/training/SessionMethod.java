package org.citycoop.training;

/** How a session was held. */
public enum SessionMethod {
    ON_SITE, ONLINE, MIXED
}
