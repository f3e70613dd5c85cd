package org.etablering.message;

/** What a message on a case is: a person's own words, or one of the letters of a process. */
public enum MessageKind {
    /** Written by a person, either way. */
    MESSAGE,
    /** The municipality asks the company to complete its inquiry or application. */
    COMPLETION_REQUEST,
    /** A reminder of an unanswered completion request. */
    REMINDER,
    /** The municipality's response after the coordinated meeting. */
    RESPONSE,
    /** The applicant's completion of a permit application. */
    COMPLETION,
    /** The draft of an adverse decision, sent before deciding (förvaltningslagen 25 §). */
    DRAFT_DECISION,
    /** The applicant's reply to a draft decision. */
    REPLY,
    /** A permit decision. */
    DECISION,
    /** The applicant asks for a decision (förvaltningslagen 12 §). */
    DECISION_REQUEST,
    /** The municipality's answer to a request for a decision. */
    DECISION_REQUEST_ANSWER
}
