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
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Notifications(NotificationRepository notifications, org.springframework.jdbc.core.JdbcTemplate jdbc, Clock clock,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many of the official's notifications came since they last looked at them. */
    @OfficialsOnly
    @Transactional(readOnly = true)
    public long unreadCount(CurrentUser official) {
        java.sql.Timestamp seen = seenUntil(official);
        return notifications.countSince(official.municipality(), official.username(), official.candidateGroups(),
                seen == null ? Instant.EPOCH : seen.toInstant());
    }

    /** The official has looked at their notifications now. */
    @OfficialsOnly
    @Transactional
    public void markSeen(CurrentUser official) {
        jdbc.update("""
                insert into notification_seen (municipality, username, seen_until) values (?, ?, ?)
                on conflict (municipality, username) do update set seen_until = excluded.seen_until""",
                official.municipality(), official.username(), java.sql.Timestamp.from(clock.instant()));
    }

    private java.sql.Timestamp seenUntil(CurrentUser official) {
        return jdbc.query("select seen_until from notification_seen where municipality = ? and username = ?",
                (row, n) -> row.getTimestamp(1), official.municipality(), official.username())
                .stream().findFirst().orElse(null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void toPerson(String municipality, String username, UUID caseId, String caseNumber, Kind kind, Instant dueAt) {
        Notification saved = notifications.save(new Notification(municipality, username, null, caseId, caseNumber,
                kind.name(), dueAt, clock.instant()));
        events.publishEvent(new NotificationCreated(saved.getId(), municipality, username, null, caseId, caseNumber,
                kind, dueAt));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void toRole(String municipality, String role, UUID caseId, String caseNumber, Kind kind, Instant dueAt) {
        Notification saved = notifications.save(new Notification(municipality, null, role, caseId, caseNumber,
                kind.name(), dueAt, clock.instant()));
        events.publishEvent(new NotificationCreated(saved.getId(), municipality, null, role, caseId, caseNumber,
                kind, dueAt));
    }

    @OfficialsOnly
    @Transactional(readOnly = true)
    public List<Notification> of(CurrentUser official) {
        return notifications.forRecipient(official.municipality(), official.username(), official.candidateGroups());
    }
}
