package org.etablering.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.OfficialsOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Notifications to officials, to a person or to everyone in a role of the municipality. */
@Service
public class Notifications {

    /** What a notification is about. */
    public enum Kind { DEADLINE_NEAR, DEADLINE_MISSED, DECISION_REQUESTED }

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void toPerson(String municipality, String username, UUID caseId, String caseNumber, Kind kind, Instant dueAt) {
        notifications.save(new Notification(municipality, username, null, caseId, caseNumber, kind.name(), dueAt,
                clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void toRole(String municipality, String role, UUID caseId, String caseNumber, Kind kind, Instant dueAt) {
        notifications.save(new Notification(municipality, null, role, caseId, caseNumber, kind.name(), dueAt,
                clock.instant()));
    }

    @OfficialsOnly
    @Transactional(readOnly = true)
    public List<Notification> of(CurrentUser official) {
        return notifications.forRecipient(official.municipality(), official.username(), official.candidateGroups());
    }
}
