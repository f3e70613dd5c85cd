package org.etablering.document;

/** The documents the municipality issues on a case. */
public enum DocumentKind {
    /** The decision on a permit application: approval, approval with conditions, rejection or dismissal. */
    PERMIT_DECISION,
    /** The decision to allocate (or not) the reserved parcel to the company. */
    ALLOCATION_DECISION,
    /** The answer to the applicant's request for a decision (förvaltningslagen 12 §). */
    DECISION_REQUEST_ANSWER,
    /** The first-line business service's answer to an inquiry. */
    INQUIRY_RESPONSE
}
