package org.citycoop.project;

/** A member municipality's answer on a cooperative project; ABSTAIN is recorded when it does not answer in time. */
public enum ConsentAnswer {
    CONSENT, REFUSE, ABSTAIN
}
