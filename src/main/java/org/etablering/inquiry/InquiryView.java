package org.etablering.inquiry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.etablering.inquiry.EstablishmentType;
import org.etablering.inquiry.InquiryStatus;
import org.etablering.inquiry.Need;
import org.etablering.inquiry.Outcome;
import org.etablering.municipality.Country;

/** The company's inquiry as submitted, with where the case stands. */
public record InquiryView(
        UUID id,
        String caseNumber,
        InquiryStatus status,
        String municipality,
        String companyName,
        String orgNumber,
        Country country,
        String contactName,
        String contactEmail,
        String contactPhone,
        EstablishmentType establishmentType,
        String sector,
        String description,
        Set<Need> needs,
        String desiredArea,
        Integer landAreaSqm,
        BigDecimal powerDemandMw,
        Integer expectedJobs,
        LocalDate plannedStart,
        boolean confidential,
        Outcome outcome,
        Instant submittedAt,
        Instant updatedAt,
        Instant closedAt) {
}
