package org.etablering.inquiry;

/** Where a case stands; the process moves it from one to the next. */
public enum InquiryStatus {
    SUBMITTED, IN_TRIAGE, AWAITING_COMPLETION, HANDED_OFF, IN_COORDINATION, RESPONDED, FOLLOW_UP, CLOSED
}
