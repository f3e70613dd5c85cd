package org.etablering.inquiry;

import java.util.UUID;
import org.etablering.inquiry.InquiryStatus;

public record InquiryCreated(UUID id, String caseNumber, InquiryStatus status) {
}
