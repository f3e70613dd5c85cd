package org.etablering.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one mail to the SMTP server. Its Message-ID is made from the outbox row, so a mail sent again after a
 * crash between the server's answer and the outbox's update carries the same identity as the first.
 */
@Component
class SmtpDelivery {

    /** What the server made of the mail. */
    enum Outcome { SENT, TRY_AGAIN, REFUSED, NOT_CONFIGURED }

    record Result(Outcome outcome, String error) {
    }

    /** A file to attach: the decision's PDF. */
    record Attachment(String fileName, byte[] content) {
    }

    private final ObjectProvider<JavaMailSender> senders;

    SmtpDelivery(ObjectProvider<JavaMailSender> senders) {
        this.senders = senders;
    }

    Result send(UUID id, String from, String to, String subject, String body, Optional<Attachment> attachment) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return new Result(Outcome.NOT_CONFIGURED, "No SMTP server is configured (spring.mail.host)");
        }
        try {
            MimeMessage message = sender instanceof JavaMailSenderImpl impl
                    ? new IdentifiedMessage(impl.getSession(), id) : sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, attachment.isPresent(), "UTF-8");
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject(subject);
            mail.setText(body, false);
            if (attachment.isPresent()) {
                mail.addAttachment(attachment.get().fileName(), new ByteArrayResource(attachment.get().content()),
                        "application/pdf");
            }
            sender.send(message);
            return new Result(Outcome.SENT, null);
        } catch (MessagingException | MailException e) {
            return new Result(permanent(e) ? Outcome.REFUSED : Outcome.TRY_AGAIN, describe(e));
        }
    }

    /** A refused recipient or an address that is not one will not get better by waiting; a server away will. */
    static boolean permanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
            if (cause instanceof AddressException || cause instanceof MailParseException
                    || cause instanceof MailPreparationException) {
                return true;
            }
            if (cause instanceof MailSendException sending) {
                for (Exception inner : sending.getMessageExceptions()) {
                    if (inner != cause && permanent(inner)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage()
                + (deepest != failure ? " (" + deepest.getMessage() + ")" : "");
        return text.replaceAll("\\p{Cntrl}", " ");
    }

    private static final class IdentifiedMessage extends MimeMessage {

        private final UUID id;

        IdentifiedMessage(Session session, UUID id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + "@etablering>");
        }
    }
}
