package org.etablering.inquiry;

import java.math.BigDecimal;
import java.util.UUID;

/** What a case started from an inquiry (a permit review, a land request) takes from it. */
public record InquiryFacts(UUID id, String caseNumber, String municipality, String companyName,
                           String description, String desiredArea, Integer landAreaSqm, BigDecimal powerDemandMw) {
}
