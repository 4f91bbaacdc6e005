package org.citycoop.organisation;

/** How the members of a cooperative decide on consent to a cooperative project. */
public enum ConsentRule {
    ALL, MAJORITY
}
