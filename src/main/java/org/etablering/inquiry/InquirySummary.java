package org.etablering.inquiry;

import java.time.Instant;
import java.util.UUID;
import org.etablering.inquiry.EstablishmentType;
import org.etablering.inquiry.InquiryStatus;
import org.etablering.inquiry.Outcome;

public record InquirySummary(
        UUID id, String caseNumber, InquiryStatus status, String companyName, EstablishmentType establishmentType,
        boolean confidential, Instant submittedAt, Outcome outcome) {
}
