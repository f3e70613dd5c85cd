package org.etablering.permit;

/** Where a permit case stands; each is also a step whose time is measured. */
public enum PermitStatus {
    COMPLETENESS_CHECK,
    AWAITING_COMPLETION,
    IN_ASSESSMENT,
    EXPLORING_YES,
    COMMUNICATING,
    SECOND_REVIEW,
    DECIDING,
    DECIDED,
    /** The applicant withdrew the application before a decision. */
    WITHDRAWN
}
