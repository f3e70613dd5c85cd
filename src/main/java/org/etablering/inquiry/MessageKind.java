package org.etablering.inquiry;

public enum MessageKind {
    /** Written by a person, either way. */
    MESSAGE,
    /** The municipality asks the company to complete its inquiry. */
    COMPLETION_REQUEST,
    /** A reminder of an unanswered completion request. */
    REMINDER,
    /** The municipality's response after the coordinated meeting. */
    RESPONSE
}
