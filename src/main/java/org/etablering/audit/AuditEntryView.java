package org.etablering.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditEntryView(
        Instant occurredAt, String userId, String username, String roles, String action, UUID caseId,
        String outcome, String detail, String clientIp) {
}
