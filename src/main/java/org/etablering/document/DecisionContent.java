package org.etablering.document;

import java.time.Instant;
import java.util.UUID;

/**
 * What a decision document says, in the words of the case; the document adds the municipality's name, the
 * headings and the dates in the municipality's language. Parts that do not apply (conditions on a rejection,
 * an appeal on an inquiry's answer) are null.
 *
 * @param reference what makes this document one of its kind on the case, so that issuing it again finds it
 *                  (e.g. "decision", or the parcel claim it decides)
 * @param subject   what the case is about, in a few words (the permit type, the parcel, the inquiry)
 * @param decision  the decision itself, one sentence or a short paragraph
 */
public record DecisionContent(UUID caseId, DocumentKind kind, String reference, String municipality,
                              String caseNumber, Applicant applicant, String subject, String decision,
                              String legalBasis, String reasoning, String conditions, String appeal,
                              String decidedBy, Instant decidedAt) {

    /** The party the decision is addressed to. */
    public record Applicant(String companyName, String orgNumber) {
    }
}
