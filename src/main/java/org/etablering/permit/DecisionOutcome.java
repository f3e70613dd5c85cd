package org.etablering.permit;

public enum DecisionOutcome {
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED,
    /** The application was never completed (avvisning). */
    DISMISSED
}
