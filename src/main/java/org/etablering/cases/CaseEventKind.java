package org.etablering.cases;

/** The kinds of things that happen on a case, as its timeline tells them. */
public enum CaseEventKind {
    RECEIVED,
    TRIAGED,
    COMPLETION_REQUESTED,
    COMPLETION_RECEIVED,
    REMINDER_SENT,
    HANDED_OFF,
    HANDOFF_ACCEPTED,
    HANDOFF_ESCALATED,
    HANDOFF_COMPLETED,
    /** A function sent a hand-off back to first-line as not its to handle. */
    HANDOFF_SENT_BACK,
    /** First-line changed which functions the case goes to. */
    ROUTING_CHANGED,
    COORDINATION_STARTED,
    RESPONSE_SENT,
    FOLLOW_UP_SCHEDULED,
    MESSAGE_FROM_COMPANY,
    MESSAGE_TO_COMPANY,
    /** An e-mail about the case was sent (to whom, about what). */
    MAIL_SENT,
    /** An e-mail about the case could not be delivered and was given up. */
    MAIL_FAILED,
    /** The company withdrew the case; it closes when its process has ended. */
    WITHDRAWAL_RECEIVED,
    CLOSED
}
