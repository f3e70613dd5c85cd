package org.etablering.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.OfficialDirectory;
import org.etablering.identity.OfficialsOnly;
import org.etablering.identity.Role;
import org.etablering.municipality.Letters;
import org.etablering.municipality.Municipalities;
import org.etablering.task.Task;
import org.etablering.task.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officials' daily digest: each morning, to each official who turned it on, one mail listing the tasks that
 * reached their queues since the last digest (at most a day back), as their own inbox would show them. Roles are
 * read from the directory when the digest is written, so a role taken away is a queue left out.
 */
@Service
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private static final int LISTED = 30;

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final OfficialDirectory directory;
    private final MailOutbox outbox;
    private final Letters letters;
    private final Municipalities municipalities;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DailyDigest(JdbcTemplate jdbc, TaskService tasks, OfficialDirectory directory, MailOutbox outbox, Letters letters,
                Municipalities municipalities, MailProperties properties, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.directory = directory;
        this.outbox = outbox;
        this.letters = letters;
        this.municipalities = municipalities;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @OfficialsOnly
    @Transactional(readOnly = true)
    public boolean isOn(CurrentUser official) {
        return Boolean.TRUE.equals(jdbc.query("select enabled from official_digest where username = ?",
                rows -> rows.next() ? rows.getBoolean(1) : false, official.username()));
    }

    @OfficialsOnly
    @Transactional
    public void turn(CurrentUser official, boolean on) {
        jdbc.update("""
                insert into official_digest (username, municipality, enabled, changed_at) values (?, ?, ?, ?)
                on conflict (username) do update set enabled = excluded.enabled, municipality = excluded.municipality,
                    changed_at = excluded.changed_at""",
                official.username(), official.municipality(), on, Timestamp.from(clock.instant()));
    }

    @Scheduled(cron = "${etablering.mail.digest-cron:0 0 7 * * MON-FRI}", zone = "${etablering.mail.digest-zone:Europe/Stockholm}")
    void morning() {
        try {
            send();
        } catch (RuntimeException away) {
            log.warn("The daily digest could not be written: {}", away.getMessage());
        }
    }

    /** Writes today's digests; returns how many were queued. */
    int send() {
        Instant now = clock.instant();
        record Subscriber(String username, String municipality, Instant lastSentAt) {
        }
        List<Subscriber> subscribers = jdbc.query(
                "select username, municipality, last_sent_at from official_digest where enabled",
                (row, n) -> new Subscriber(row.getString(1), row.getString(2),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()));
        Map<String, Map<String, Set<Role>>> rolesByMunicipality = new HashMap<>();
        int queued = 0;
        for (Subscriber subscriber : subscribers) {
            Set<Role> roles = rolesByMunicipality.computeIfAbsent(subscriber.municipality(), this::rolesOfOfficials)
                    .getOrDefault(subscriber.username(), Set.of());
            if (roles.isEmpty()) {
                continue;
            }
            Instant since = subscriber.lastSentAt() == null || subscriber.lastSentAt().isBefore(now.minus(Duration.ofDays(1)))
                    ? now.minus(Duration.ofDays(1)) : subscriber.lastSentAt();
            CurrentUser official = new CurrentUser(subscriber.username(), subscriber.username(), roles,
                    subscriber.municipality(), null);
            List<Task> arrived = tasks.newInQueuesOf(official, since, LISTED + 1);
            Boolean written = transaction.execute(status -> {
                jdbc.update("update official_digest set last_sent_at = ? where username = ?", Timestamp.from(now),
                        subscriber.username());
                return !arrived.isEmpty() && outbox.queue(digest(subscriber.username(), subscriber.municipality(),
                        arrived, now));
            });
            queued += Boolean.TRUE.equals(written) ? 1 : 0;
        }
        return queued;
    }

    private QueuedMail digest(String username, String municipality, List<Task> arrived, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, municipalities.calendarOf(municipality).country().zone());
        StringBuilder body = new StringBuilder(letters.write(municipality, "mail.greeting")).append("\n\n")
                .append(letters.write(municipality, arrived.size() > LISTED ? "mail.digest.intro-many" : "mail.digest.intro",
                        Math.min(arrived.size(), LISTED))).append("\n\n");
        arrived.stream().limit(LISTED).forEach(task -> body.append("- ").append(task.getCaseNumber()).append(": ")
                .append(taskName(municipality, task)).append("\n"));
        body.append("\n").append(letters.write(municipality, "mail.link", properties.baseUrl() + "/inbox")).append("\n\n")
                .append(letters.write(municipality, "mail.digest.turn-off")).append("\n\n")
                .append(letters.write(municipality, "mail.signature", municipalities.nameOf(municipality)));
        return new QueuedMail("digest:" + username + ":" + today, null, municipality, Audience.OFFICIAL, null, username,
                null, letters.write(municipality, "mail.digest.subject", letters.day(municipality, today)),
                body.toString(), null);
    }

    /** The task's name in the municipality's language, as the inbox shows it. */
    private String taskName(String municipality, Task task) {
        try {
            return letters.message(municipality, "task." + task.getProcessId() + "." + task.getElementId());
        } catch (org.springframework.context.NoSuchMessageException untranslated) {
            return task.getName();
        }
    }

    private Map<String, Set<Role>> rolesOfOfficials(String municipality) {
        Map<String, Set<Role>> roles = new HashMap<>();
        for (Role role : EnumSet.of(Role.FIRST_LINE, Role.BUSINESS, Role.DEVELOPMENT, Role.PLANNING, Role.MANAGER)) {
            for (OfficialDirectory.Official official : directory.withAnyRole(municipality, List.of(role.roleName()))) {
                roles.computeIfAbsent(official.username(), name -> EnumSet.noneOf(Role.class)).add(role);
            }
        }
        return roles;
    }
}
