package org.etablering.inquiry;

import java.util.List;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.cases.CaseEventKind;
import org.etablering.cases.CaseTimeline;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.message.CaseMessage;
import org.etablering.message.MessageAttachment;
import org.etablering.message.MessageKind;
import org.etablering.message.MessageStore;
import org.etablering.problem.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages between the company and the municipality on an inquiry. Whoever may see the case may read
 * and write its messages. A message from the company while the municipality waits for a completion is
 * the company's answer, and the process moves on.
 */
@Service
public class CaseMessages {

    private final InquiryService inquiries;
    private final InquiryProcess process;
    private final MessageStore store;
    private final CaseTimeline timeline;
    private final AuditTrail audit;

    CaseMessages(InquiryService inquiries, InquiryProcess process, MessageStore store, CaseTimeline timeline,
                 AuditTrail audit) {
        this.inquiries = inquiries;
        this.process = process;
        this.store = store;
        this.timeline = timeline;
        this.audit = audit;
    }

    @Transactional
    @CaseReaders
    public CaseMessage send(UUID inquiryId, String text, List<MessageStore.Upload> uploads, CurrentUser user) {
        Inquiry inquiry = inquiries.visible(inquiryId, user, AuditAction.MESSAGE_SENT);
        if (inquiry.getStatus() == InquiryStatus.CLOSED) {
            throw new ConflictException("inquiry-closed");
        }
        boolean fromCompany = user.isApplicant();
        String role = user.signingRole();
        CaseMessage message = store.record(inquiry.getId(), MessageKind.MESSAGE, fromCompany, user.username(), role,
                text, uploads);
        timeline.record(inquiry.getId(), fromCompany ? CaseEventKind.MESSAGE_FROM_COMPANY : CaseEventKind.MESSAGE_TO_COMPANY,
                role, fromCompany ? user.username() : null, null);
        audit.allowed(user, AuditAction.MESSAGE_SENT, inquiry.getId(), message.getAttachments().size() + " attachment(s)");
        if (fromCompany && inquiry.getStatus() == InquiryStatus.AWAITING_COMPLETION) {
            process.completionReceived(inquiry, user.username());
        }
        return message;
    }

    @Transactional
    @CaseReaders
    public List<CaseMessage> of(UUID inquiryId, CurrentUser user) {
        inquiries.read(inquiryId, user, AuditAction.MESSAGES_READ);
        return store.of(inquiryId);
    }

    @Transactional
    @CaseReaders
    public MessageAttachment attachment(UUID inquiryId, UUID messageId, UUID attachmentId, CurrentUser user) {
        inquiries.visible(inquiryId, user, AuditAction.ATTACHMENT_READ);
        MessageAttachment attachment = store.attachment(inquiryId, messageId, attachmentId);
        audit.allowed(user, AuditAction.ATTACHMENT_READ, inquiryId, attachment.getFileName());
        return attachment;
    }
}
