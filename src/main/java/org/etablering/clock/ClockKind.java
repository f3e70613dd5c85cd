package org.etablering.clock;

/** What a clock measures. */
public enum ClockKind {
    /** First contact with the company after an inquiry is received (service norm). */
    FIRST_CONTACT,
    /** The company's answer to a request for completion. */
    COMPLETION_ANSWER,
    /** A function's acceptance of a hand-off (service norm). */
    HANDOFF_ACCEPTANCE
}
