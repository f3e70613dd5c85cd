package org.etablering.inquiry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.inquiry.persistence.CaseMessageRepository;
import org.etablering.problem.ConflictException;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages between the company and the municipality on a case, with attachments. Whoever may see the
 * case may read and write its messages. A message from the company while the municipality waits for a
 * completion is the company's answer, and the process moves on.
 */
@Service
public class CaseMessages {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_ATTACHMENTS = 5;
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /** A file as it was uploaded. */
    public record Upload(String fileName, byte[] content) {
    }

    private final InquiryService inquiries;
    private final InquiryProcess process;
    private final CaseMessageRepository messages;
    private final CaseTimeline timeline;
    private final AuditTrail audit;
    private final Clock clock;

    CaseMessages(InquiryService inquiries, InquiryProcess process, CaseMessageRepository messages,
                 CaseTimeline timeline, AuditTrail audit, Clock clock) {
        this.inquiries = inquiries;
        this.process = process;
        this.messages = messages;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @CaseReaders
    public CaseMessage send(UUID inquiryId, String text, List<Upload> uploads, CurrentUser user) {
        Inquiry inquiry = inquiries.visible(inquiryId, user, AuditAction.MESSAGE_SENT);
        List<MessageAttachment> attachments = checked(text, uploads);
        if (inquiry.getStatus() == InquiryStatus.CLOSED) {
            throw new ConflictException("The case is closed; start a new inquiry instead.");
        }
        boolean fromCompany = user.isApplicant();
        String role = user.signingRole();
        CaseMessage message = new CaseMessage(inquiry.getId(), MessageKind.MESSAGE, fromCompany, user.username(), role,
                text.strip(), clock.instant());
        attachments.forEach(message::attach);
        messages.save(message);
        timeline.record(inquiry.getId(), fromCompany ? CaseEventKind.MESSAGE_FROM_COMPANY : CaseEventKind.MESSAGE_TO_COMPANY,
                role, fromCompany ? user.username() : null, null);
        audit.allowed(user, AuditAction.MESSAGE_SENT, inquiry.getId(), attachments.size() + " attachment(s)");
        if (fromCompany && inquiry.getStatus() == InquiryStatus.AWAITING_COMPLETION) {
            process.completionReceived(inquiry, user.username());
        }
        return message;
    }

    @Transactional
    @CaseReaders
    public List<CaseMessage> of(UUID inquiryId, CurrentUser user) {
        Inquiry inquiry = inquiries.visible(inquiryId, user, AuditAction.MESSAGES_READ);
        if (inquiry.isConfidential()) {
            audit.allowed(user, AuditAction.MESSAGES_READ, inquiryId, null);
        }
        List<CaseMessage> all = messages.findByInquiryIdOrderBySentAtAsc(inquiryId);
        all.forEach(message -> message.getAttachments().size()); // load the list (not the contents) for the view
        return all;
    }

    @Transactional
    @CaseReaders
    public MessageAttachment attachment(UUID inquiryId, UUID messageId, UUID attachmentId, CurrentUser user) {
        inquiries.visible(inquiryId, user, AuditAction.ATTACHMENT_READ);
        MessageAttachment attachment = messages.findByIdAndInquiryId(messageId, inquiryId)
                .flatMap(message -> message.getAttachments().stream()
                        .filter(candidate -> candidate.getId().equals(attachmentId)).findFirst())
                .orElseThrow(() -> new NotFoundException("No such attachment."));
        attachment.getContent();
        audit.allowed(user, AuditAction.ATTACHMENT_READ, inquiryId, attachment.getFileName());
        return attachment;
    }

    private static List<MessageAttachment> checked(String text, List<Upload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("text", "must not be blank"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "must be at most " + MAX_TEXT + " characters"));
        }
        if (uploads.size() > MAX_ATTACHMENTS) {
            problems.add(new FieldProblem("attachments", "at most " + MAX_ATTACHMENTS + " files per message"));
        }
        List<MessageAttachment> attachments = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String field = "attachments[" + i + "]";
            if (upload.content().length == 0) {
                problems.add(new FieldProblem(field, "is empty"));
            } else if (upload.content().length > MAX_ATTACHMENT_BYTES) {
                problems.add(new FieldProblem(field, "is larger than 10 MB"));
            } else {
                AttachmentTypes.detect(upload.content()).ifPresentOrElse(
                        type -> attachments.add(new MessageAttachment(safeName(upload.fileName()), type, upload.content())),
                        () -> problems.add(new FieldProblem(field,
                                "is not a PDF, an image (PNG, JPEG, GIF) or an office document")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The message cannot be sent as it is.", problems);
        }
        return attachments;
    }

    /** Keeps the name readable but harmless in a download header and on any file system. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
