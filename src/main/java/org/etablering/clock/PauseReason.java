package org.etablering.clock;

public enum PauseReason {
    /** The municipality asked the company for missing information. */
    COMPLETION_REQUESTED,
    /** The company asked the municipality to wait. */
    APPLICANT_REQUESTED
}
