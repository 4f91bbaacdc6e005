package org.citycoop.security;

import java.util.List;

/**
 * The roles of CityCoop. Each name is at once the Spring role and the Camunda candidate group
 * that a process model names on its user tasks (ARCHITECTURE.md, "Actors").
 */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String MANAGER = "manager";
    public static final String MEMBER_DELEGATE = "member-delegate";
    public static final String PARTNER = "partner";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    /** The head of the organisation (mayor's office, a cooperative's administrator): approves what the manager may not alone (DD006). */
    public static final String HEAD = "head";

    public static final List<String> ALL = List.of(OFFICER, MANAGER, MEMBER_DELEGATE, PARTNER, REVIEWER, ADMIN, HEAD);

    private Roles() {
    }
}
