package org.etablering.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.etablering.cases.CaseEventKind;
import org.etablering.cases.CaseTimeline;
import org.etablering.document.DecisionDocuments;
import org.etablering.document.IssuedDocument;
import org.etablering.identity.OfficialDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail outbox: at once after each commit that queued mail, and on a schedule for whatever could not be
 * sent then (server away, application restarted). No transaction is open while the SMTP server or the directory
 * is asked, so a slow server slows nobody's request. Every mail sent or given up is on its case's timeline.
 */
@Component
class MailRelay {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    static final int BATCH = 20;
    static final Duration LEASE = Duration.ofMinutes(2);

    private final MailOutbox outbox;
    private final SmtpDelivery smtp;
    private final OfficialDirectory directory;
    private final DecisionDocuments documents;
    private final CaseTimeline timeline;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("mail-relay").daemon().factory());

    MailRelay(MailOutbox outbox, SmtpDelivery smtp, OfficialDirectory directory, DecisionDocuments documents,
              CaseTimeline timeline, MailProperties properties, TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.directory = directory;
        this.documents = documents;
        this.timeline = timeline;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @TransactionalEventListener
    void onCommit(MailOutbox.Queued queued) {
        afterCommit.execute(this::sendDue);
    }

    @Scheduled(fixedDelayString = "${etablering.mail.sweep:PT5S}", initialDelayString = "PT10S")
    void sweep() {
        sendDue();
    }

    /** Sends due mail in batches until none is left; returns how many were sent. */
    synchronized int sendDue() {
        int sent = 0;
        while (true) {
            List<PendingMail> claimed;
            try {
                claimed = transaction.execute(status -> outbox.claim(clock.instant(), LEASE, BATCH));
            } catch (RuntimeException databaseUnavailable) {
                log.debug("Could not claim mail: {}", databaseUnavailable.getMessage());
                return sent;
            }
            if (claimed == null || claimed.isEmpty()) {
                return sent;
            }
            for (PendingMail mail : claimed) {
                try {
                    sent += deliver(mail) ? 1 : 0;
                } catch (RuntimeException unexpected) {
                    // the claim runs out and the mail is tried again
                    log.warn("Could not send mail {}: {}", mail.id(), unexpected.getMessage());
                }
            }
            if (claimed.size() < BATCH) {
                return sent;
            }
        }
    }

    private boolean deliver(PendingMail mail) {
        if (mail.role() != null) {
            expand(mail);
            return false;
        }
        String address = mail.address();
        if (address == null) {
            Optional<String> known;
            try {
                known = directory.emailOf(mail.username());
            } catch (RuntimeException directoryAway) {
                later(mail, "The directory cannot be read: " + directoryAway.getMessage());
                return false;
            }
            if (known.isEmpty()) {
                giveUp(mail, mail.username(), "The directory has no e-mail address for " + mail.username());
                return false;
            }
            address = known.get();
        }
        Optional<SmtpDelivery.Attachment> attachment = Optional.empty();
        if (mail.documentId() != null) {
            IssuedDocument document = transaction.execute(status -> documents.get(mail.caseId(), mail.documentId()));
            attachment = Optional.of(new SmtpDelivery.Attachment(document.view().fileName(), document.content()));
        }
        SmtpDelivery.Result result = smtp.send(mail.id(), properties.senderFor(mail.municipality()), address,
                mail.subject(), mail.body(), attachment);
        String to = address;
        switch (result.outcome()) {
            case SENT -> {
                Instant now = clock.instant();
                transaction.executeWithoutResult(status -> {
                    outbox.sent(mail.id(), to, now);
                    if (mail.caseId() != null) {
                        timeline.recordInternal(mail.caseId(), CaseEventKind.MAIL_SENT, null, null,
                                cut(to + ": " + mail.subject()));
                    }
                });
                return true;
            }
            case REFUSED -> giveUp(mail, to, result.error());
            case TRY_AGAIN, NOT_CONFIGURED -> later(mail, result.error());
        }
        return false;
    }

    /** A mail to every official who holds the role becomes one mail each, sent in later rounds. */
    private void expand(PendingMail mail) {
        List<OfficialDirectory.Official> officials;
        try {
            officials = directory.withAnyRole(mail.municipality(), List.of(mail.role()));
        } catch (RuntimeException directoryAway) {
            later(mail, "The directory cannot be read: " + directoryAway.getMessage());
            return;
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            for (OfficialDirectory.Official official : officials) {
                if (official.email() != null) {
                    outbox.queue(new QueuedMail(mail.id() + ":" + official.username(), mail.caseId(), mail.municipality(),
                            Audience.OFFICIAL, official.email(), null, null, mail.subject(), mail.body(),
                            mail.documentId()));
                }
            }
            outbox.sent(mail.id(), "role " + mail.role(), now);
        });
    }

    private void later(PendingMail mail, String error) {
        if (mail.attempts() + 1 >= properties.maxAttempts()) {
            giveUp(mail, mail.address() != null ? mail.address() : mail.username(), error);
            return;
        }
        Instant next = clock.instant().plus(backOff(mail.attempts() + 1));
        log.info("Mail {} could not be sent (attempt {}), trying again at {}: {}", mail.id(), mail.attempts() + 1, next,
                error);
        transaction.executeWithoutResult(status -> outbox.failedForNow(mail.id(), error, next));
    }

    private void giveUp(PendingMail mail, String recipient, String error) {
        log.warn("Mail {} to {} was given up: {}", mail.id(), recipient, error);
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            outbox.failed(mail.id(), error, now);
            if (mail.caseId() != null) {
                timeline.recordInternal(mail.caseId(), CaseEventKind.MAIL_FAILED, null, null,
                        cut(recipient + ": " + mail.subject() + " (" + error + ")"));
            }
        });
    }

    private static String cut(String detail) {
        return detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    /** 30 s, 1, 2, 4 … minutes, at most two hours apart: twelve attempts span about eight hours. */
    static Duration backOff(int attempts) {
        return Duration.ofSeconds(Math.min(7200, 30L << Math.min(attempts - 1, 10)));
    }
}
