package org.etablering.clock;

/** What a clock measures. */
public enum ClockKind {
    /** First contact with the company after an inquiry is received (service norm). */
    FIRST_CONTACT,
    /** The company's answer to a request for completion. */
    COMPLETION_ANSWER,
    /** A function's acceptance of a hand-off (service norm). */
    HANDOFF_ACCEPTANCE,
    /** The statutory time for a permit decision, from a complete application (PBL 9:27, pbl. § 21-7). */
    PERMIT_DECISION,
    /** The applicant's time to reply to a draft adverse decision (förvaltningslagen 25 §). */
    DRAFT_REPLY,
    /** Four weeks to decide after the applicant asked for a decision (förvaltningslagen 12 §). */
    DECISION_REQUESTED
}
