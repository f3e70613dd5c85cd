package org.etablering.permit;

/** What the case officer proposes after assessing the application. */
public enum ProposedOutcome {
    APPROVE,
    APPROVE_WITH_CONDITIONS,
    REJECT
}
