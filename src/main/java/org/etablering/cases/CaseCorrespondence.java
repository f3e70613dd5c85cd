package org.etablering.cases;

import java.util.List;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.OfficialsOnly;
import org.etablering.message.CaseMessage;
import org.etablering.message.MessageAttachment;
import org.etablering.message.MessageKind;
import org.etablering.message.MessageStore;
import org.etablering.problem.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officials' letters to the company on a case of any kind, and the case's messages both ways with their
 * attachments. The company reads them on its own page at once.
 */
@Service
public class CaseCorrespondence {

    private final CaseRegister register;
    private final MessageStore store;
    private final CaseTimeline timeline;
    private final AuditTrail audit;

    CaseCorrespondence(CaseRegister register, MessageStore store, CaseTimeline timeline, AuditTrail audit) {
        this.register = register;
        this.store = store;
        this.timeline = timeline;
        this.audit = audit;
    }

    @Transactional
    @OfficialsOnly
    public CaseMessage write(UUID caseId, String text, List<MessageStore.Upload> uploads, CurrentUser official) {
        Case theCase = register.visible(caseId, official, AuditAction.MESSAGE_SENT);
        if (theCase.isClosed()) {
            throw new ConflictException("case-closed");
        }
        CaseMessage message = store.record(caseId, MessageKind.MESSAGE, false, official.username(),
                official.signingRole(), text, uploads);
        timeline.record(caseId, CaseEventKind.MESSAGE_TO_COMPANY, official.signingRole(), null, null);
        audit.allowed(official, AuditAction.MESSAGE_SENT, caseId, message.getAttachments().size() + " attachment(s)");
        return message;
    }

    /** The company writes on its permit or land case; the officials see it on the case page at once. */
    @Transactional
    @org.etablering.identity.ApplicantsOnly
    public CaseMessage fromCompany(UUID caseId, String text, List<MessageStore.Upload> uploads, CurrentUser applicant) {
        Case theCase = register.visible(caseId, applicant, AuditAction.MESSAGE_SENT);
        if (theCase.isClosed()) {
            audit.refused(applicant, AuditAction.MESSAGE_SENT, caseId, "the case is closed");
            throw new ConflictException("case-closed");
        }
        CaseMessage message = store.record(caseId, MessageKind.MESSAGE, true, applicant.username(),
                applicant.signingRole(), text, uploads);
        timeline.record(caseId, CaseEventKind.MESSAGE_FROM_COMPANY, applicant.signingRole(), applicant.username(), null);
        audit.allowed(applicant, AuditAction.MESSAGE_SENT, caseId, message.getAttachments().size() + " attachment(s)");
        return message;
    }

    /** The case's messages both ways, for the officials and for the company whose case it is. */
    @Transactional
    @org.etablering.identity.CaseReaders
    public List<CaseMessage> of(UUID caseId, CurrentUser official) {
        register.read(Case.class, caseId, official, AuditAction.MESSAGES_READ);
        return store.of(caseId);
    }

    @Transactional
    @org.etablering.identity.CaseReaders
    public MessageAttachment attachment(UUID caseId, UUID messageId, UUID attachmentId, CurrentUser official) {
        register.visible(caseId, official, AuditAction.ATTACHMENT_READ);
        MessageAttachment attachment = store.attachment(caseId, messageId, attachmentId);
        audit.allowed(official, AuditAction.ATTACHMENT_READ, caseId, attachment.getFileName());
        return attachment;
    }
}
