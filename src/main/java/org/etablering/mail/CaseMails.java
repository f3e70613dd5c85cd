package org.etablering.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.etablering.cases.CaseEventRecorded;
import org.etablering.cases.CaseKind;
import org.etablering.cases.CaseRegister;
import org.etablering.cases.CaseRegister.CaseContact;
import org.etablering.document.DocumentIssued;
import org.etablering.identity.Role;
import org.etablering.message.MessageKind;
import org.etablering.message.MessageRecorded;
import org.etablering.municipality.Letters;
import org.etablering.municipality.Municipalities;
import org.etablering.notification.NotificationCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the mail each change on a case calls for, in the municipality's language, in the transaction of the
 * change: to the company's contact (receipts, requests, messages, drafts, decisions with their PDF, land offers and
 * allocations, closing) and to officials (a company wrote on their case, a hand-off escalated, a deadline near or
 * missed). A confidential case, or a deployment set to notices only, gets mail that says only that there is news.
 */
@Component
class CaseMails {

    /** Letters that come as a document instead: the decision's mail carries the PDF. */
    private static final Set<MessageKind> AS_DOCUMENT = EnumSet.of(MessageKind.DECISION,
            MessageKind.DECISION_REQUEST_ANSWER, MessageKind.RESPONSE);

    private final MailOutbox outbox;
    private final CaseRegister register;
    private final Letters letters;
    private final Municipalities municipalities;
    private final MailProperties properties;

    CaseMails(MailOutbox outbox, CaseRegister register, Letters letters, Municipalities municipalities,
              MailProperties properties) {
        this.outbox = outbox;
        this.register = register;
        this.letters = letters;
        this.municipalities = municipalities;
        this.properties = properties;
    }

    @EventListener
    void onMessage(MessageRecorded message) {
        register.contactOf(message.caseId()).ifPresent(contact -> {
            if (message.fromCompany()) {
                if (contact.owner() != null) {
                    toOfficial(contact, "message:" + message.messageId(), contact.owner(), null, "official.company-wrote",
                            message.text());
                }
            } else if (!AS_DOCUMENT.contains(message.kind())) {
                toCompany(contact, "message:" + message.messageId(), "message." + message.kind(), message.text(), null);
            }
        });
    }

    @EventListener
    void onDocument(DocumentIssued document) {
        register.contactOf(document.caseId()).ifPresent(contact -> toCompany(contact, "document:" + document.documentId(),
                "document." + document.kind(), document.title(), document.documentId()));
    }

    @EventListener
    void onTimeline(CaseEventRecorded event) {
        switch (event.kind()) {
            case RECEIVED -> register.contactOf(event.caseId()).ifPresent(contact ->
                    toCompany(contact, "event:" + event.eventId(), "case.RECEIVED." + contact.kind(), null, null));
            // a permit's decision mail says it is over
            case CLOSED -> register.contactOf(event.caseId()).filter(contact -> contact.kind() != CaseKind.PERMIT)
                    .ifPresent(contact -> toCompany(contact, "event:" + event.eventId(), "case.CLOSED", null, null));
            case HANDOFF_ESCALATED -> register.contactOf(event.caseId()).ifPresent(contact -> toOfficial(contact,
                    "event:" + event.eventId(), null, Role.MANAGER.roleName(), "official.HANDOFF_ESCALATED", null));
            default -> { }
        }
    }

    @EventListener
    void onNotification(NotificationCreated notification) {
        register.contactOf(notification.caseId()).ifPresent(contact -> toOfficial(contact,
                "notification:" + notification.notificationId(), notification.username(), notification.role(),
                "official." + notification.kind(), notification.dueAt() == null ? null
                        : letters.write(contact.municipality(), "mail.due", day(contact.municipality(), notification.dueAt()))));
    }

    private void toCompany(CaseContact contact, String dedupKey, String what, String text, java.util.UUID documentId) {
        boolean hasAddress = contact.contactEmail() != null && !contact.contactEmail().isBlank();
        if (!hasAddress && contact.openedBy() == null) {
            return; // nobody to write to: a case the process opened without a contact
        }
        String kindPath = switch (contact.kind()) {
            case INQUIRY -> "/portal/cases/";
            case PERMIT -> "/portal/permits/";
            case LAND_REQUEST -> "/portal/land/";
        };
        boolean noticeOnly = properties.noticeOnly() || contact.confidential();
        outbox.queue(new QueuedMail(dedupKey, contact.id(), contact.municipality(), Audience.COMPANY,
                hasAddress ? contact.contactEmail().strip() : null, hasAddress ? null : contact.openedBy(), null,
                subject(contact, what), body(contact, what, text, properties.baseUrl() + kindPath + contact.id()),
                noticeOnly ? null : documentId));
    }

    private void toOfficial(CaseContact contact, String dedupKey, String username, String role, String what,
                            String text) {
        outbox.queue(new QueuedMail(dedupKey, contact.id(), contact.municipality(), Audience.OFFICIAL, null, username,
                role, subject(contact, what), body(contact, what, text, properties.baseUrl() + "/inbox/cases/" + contact.id()),
                null));
    }

    private String subject(CaseContact contact, String what) {
        return letters.write(contact.municipality(), "mail.subject." + what, contact.caseNumber());
    }

    private String body(CaseContact contact, String what, String text, String link) {
        String municipality = contact.municipality();
        boolean noticeOnly = properties.noticeOnly() || contact.confidential();
        StringBuilder body = new StringBuilder(letters.write(municipality, "mail.greeting")).append("\n\n");
        if (noticeOnly) {
            body.append(letters.write(municipality, "mail.notice", contact.caseNumber())).append("\n\n");
        } else {
            body.append(letters.write(municipality, "mail.intro." + what, contact.caseNumber())).append("\n\n");
            if (text != null && !text.isBlank()) {
                body.append(text.strip()).append("\n\n");
            }
        }
        body.append(letters.write(municipality, "mail.link", link)).append("\n\n")
                .append(letters.write(municipality, "mail.signature", municipalities.nameOf(municipality))).append("\n\n")
                .append(letters.write(municipality, "mail.no-reply"));
        return body.toString();
    }

    private String day(String municipality, Instant at) {
        return letters.day(municipality, LocalDate.ofInstant(at, municipalities.calendarOf(municipality).country().zone()));
    }
}
