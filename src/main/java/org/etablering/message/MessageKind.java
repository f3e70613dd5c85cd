package org.etablering.message;

/** What a message on a case is: a person's own words, or one of the letters of a process. */
public enum MessageKind {
    /** Written by a person, either way. */
    MESSAGE,
    /** The files the applicant sent with an application (drawings, a site plan). */
    APPLICATION,
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
    DECISION_REQUEST_ANSWER,
    /** A parcel offered to the company, with its facts, price, terms and how long the offer stands. */
    LAND_OFFER,
    /** The company's answer to an offer. */
    LAND_ANSWER,
    /** A reservation (markanvisning) starts or is extended. */
    LAND_RESERVATION,
    /** An offer or reservation ended and the parcel went back to the inventory. */
    LAND_RELEASE,
    /** The parcel is allocated: the agreement is signed. */
    LAND_ALLOCATION,
    /** The reservation ends soon: a reminder with its last day. */
    LAND_RESERVATION_ENDING,
    /** No parcel can be offered. */
    LAND_NO_PARCEL
}
