package org.etablering.notification;

import java.time.Instant;
import java.util.UUID;

/** An official or a role was notified, in the transaction that notifies; one of username and role is null. */
public record NotificationCreated(java.util.UUID notificationId, String municipality, String username, String role, UUID caseId,
                                  String caseNumber, Notifications.Kind kind, Instant dueAt) {
}
