package org.etablering.audit.web;

import java.time.Instant;
import java.util.UUID;

public record AuditEntryView(
        Instant occurredAt, String userId, String username, String roles, String action, UUID inquiryId,
        String outcome, String detail, String clientIp) {
}
