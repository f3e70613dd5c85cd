package org.etablering.inquiry.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.etablering.inquiry.EstablishmentType;
import org.etablering.inquiry.InquiryStatus;
import org.etablering.inquiry.Need;
import org.etablering.municipality.Country;

/** A case as officials see it: the company's view plus who owns it, who is involved and the internal notes. */
public record OfficialInquiryView(
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
        Instant submittedAt,
        Instant firstContactDue,
        Instant updatedAt,
        String submittedBy,
        String owner,
        Set<String> functions,
        List<NoteView> notes) {
}
