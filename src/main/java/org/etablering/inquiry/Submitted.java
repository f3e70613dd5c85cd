package org.etablering.inquiry;

/** The result of a submission: the case, and whether it was created now or by an earlier identical request. */
public record Submitted(Inquiry inquiry, boolean repeated) {
}
