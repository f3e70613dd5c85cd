package org.etablering.permit;

public enum PermitMessageKind {
    COMPLETION_REQUEST,
    COMPLETION,
    DRAFT_DECISION,
    REPLY,
    DECISION,
    DECISION_REQUEST,
    DECISION_REQUEST_ANSWER
}
