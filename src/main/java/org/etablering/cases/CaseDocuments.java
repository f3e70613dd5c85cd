package org.etablering.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.document.DecisionDocuments;
import org.etablering.document.DocumentKind;
import org.etablering.document.IssuedDocument;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.message.CaseMessage;
import org.etablering.message.MessageStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's documents in one list, for the company whose case it is and the officials who may see it: the
 * decisions and answers the municipality issued, and every file sent with a message either way.
 */
@Service
public class CaseDocuments {

    /**
     * One document of the case. A decision has a {@code documentKind}; a file sent with a message has the
     * {@code messageId} it came with.
     */
    public record Entry(UUID id, DocumentKind documentKind, UUID messageId, String title, String fileName,
                        long sizeBytes, Instant at, boolean fromCompany) {

        public boolean isDecision() {
            return documentKind != null;
        }

        /** Where it is downloaded from, below the case page's address. */
        public String path() {
            return isDecision() ? "/documents/" + id : "/messages/" + messageId + "/attachments/" + id;
        }
    }

    private final CaseRegister register;
    private final DecisionDocuments decisions;
    private final MessageStore messages;
    private final AuditTrail audit;

    CaseDocuments(CaseRegister register, DecisionDocuments decisions, MessageStore messages, AuditTrail audit) {
        this.register = register;
        this.decisions = decisions;
        this.messages = messages;
        this.audit = audit;
    }

    /** Every document of the case, newest first. */
    @CaseReaders
    @Transactional
    public List<Entry> of(UUID caseId, CurrentUser user) {
        register.visible(caseId, user, AuditAction.DOCUMENT_READ);
        return entries(caseId, messages.of(caseId));
    }

    /** As {@link #of(UUID, CurrentUser)}, for a page that has read the case's messages already. */
    @CaseReaders
    @Transactional
    public List<Entry> of(UUID caseId, List<CaseMessage> caseMessages, CurrentUser user) {
        register.visible(caseId, user, AuditAction.DOCUMENT_READ);
        return entries(caseId, caseMessages);
    }

    private List<Entry> entries(UUID caseId, List<CaseMessage> caseMessages) {
        List<Entry> entries = new ArrayList<>();
        decisions.of(caseId).forEach(document -> entries.add(new Entry(document.id(), document.kind(), null,
                document.title(), document.fileName(), document.sizeBytes(), document.issuedAt(), false)));
        caseMessages.forEach(message -> message.getAttachments().forEach(file -> entries.add(new Entry(
                file.getId(), null, message.getId(), file.getFileName(), file.getFileName(), file.getSizeBytes(),
                message.getSentAt(), message.isFromCompany()))));
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return entries;
    }

    /** A decision document as it was issued, byte for byte. */
    @CaseReaders
    @Transactional
    public IssuedDocument download(UUID caseId, UUID documentId, CurrentUser user) {
        register.visible(caseId, user, AuditAction.DOCUMENT_READ);
        IssuedDocument document = decisions.get(caseId, documentId);
        audit.allowed(user, AuditAction.DOCUMENT_READ, caseId, document.view().fileName());
        return document;
    }
}
