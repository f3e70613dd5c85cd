package org.etablering.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationController {

    record NotificationView(UUID id, String kind, UUID caseId, String caseNumber, Instant dueAt, Instant createdAt,
                            boolean personal) {
    }

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The signed-in official's notifications, newest first: their own and their roles'. */
    @GetMapping("/api/v1/notifications")
    List<NotificationView> mine(CurrentUser official) {
        return notifications.of(official).stream()
                .map(n -> new NotificationView(n.getId(), n.getKind(), n.getCaseId(), n.getCaseNumber(), n.getDueAt(),
                        n.getCreatedAt(), n.getRecipient() != null))
                .toList();
    }
}
