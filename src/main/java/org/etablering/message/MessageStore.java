package org.etablering.message;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.etablering.problem.CleanText;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages of every kind of case, with their attachments, in PostgreSQL. Who may read or write
 * them is the case's feature to decide before it calls here; what is stored is checked here: text
 * length, number and size of files, and each file's type by its content.
 */
@Service
public class MessageStore {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_ATTACHMENTS = 5;
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /** A file as it was uploaded. */
    public record Upload(String fileName, byte[] content) {

        /** An uploaded file as it was sent. */
        public static Upload of(org.springframework.web.multipart.MultipartFile file) {
            try {
                return new Upload(file.getOriginalFilename(), file.getBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The files a browser form sent, without the empty part it sends when no file was chosen. */
        public static List<Upload> fromForm(List<org.springframework.web.multipart.MultipartFile> files) {
            return files == null ? List.of() : files.stream().filter(file -> !file.isEmpty()).map(Upload::of).toList();
        }
    }

    private final CaseMessageRepository messages;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    MessageStore(CaseMessageRepository messages, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.messages = messages;
        this.clock = clock;
        this.events = events;
    }

    /** Stores the message; invalid text or files are refused (400) and nothing is stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseMessage record(UUID caseId, MessageKind kind, boolean fromCompany, String author, String authorRole,
                              String text, List<Upload> uploads) {
        List<MessageAttachment> attachments = checked(text, uploads);
        CaseMessage message = new CaseMessage(caseId, kind, fromCompany, author, authorRole, text.strip(),
                clock.instant());
        attachments.forEach(message::attach);
        CaseMessage saved = messages.save(message);
        events.publishEvent(new MessageRecorded(caseId, saved.getId(), kind, fromCompany, author, saved.getText()));
        return saved;
    }

    /** A case's messages, oldest first, with the list of their attachments (not the contents). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<CaseMessage> of(UUID caseId) {
        List<CaseMessage> all = messages.findByCaseIdOrderBySentAtAsc(caseId);
        all.forEach(message -> message.getAttachments().size());
        return all;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public MessageAttachment attachment(UUID caseId, UUID messageId, UUID attachmentId) {
        MessageAttachment attachment = messages.findByIdAndCaseId(messageId, caseId)
                .flatMap(message -> message.getAttachments().stream()
                        .filter(candidate -> candidate.getId().equals(attachmentId)).findFirst())
                .orElseThrow(() -> new NotFoundException("attachment-not-found"));
        attachment.getContent();
        return attachment;
    }

    private static List<MessageAttachment> checked(String text, List<Upload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("text", "must not be blank", "required", null));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "must be at most " + MAX_TEXT + " characters", "max-length", MAX_TEXT));
        }
        if (uploads.size() > MAX_ATTACHMENTS) {
            problems.add(new FieldProblem("attachments", "at most " + MAX_ATTACHMENTS + " files per message", "max-files", MAX_ATTACHMENTS));
        }
        List<MessageAttachment> attachments = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String field = "attachments[" + i + "]";
            if (upload.content().length == 0) {
                problems.add(new FieldProblem(field, "is empty", "empty-file", null));
            } else if (upload.content().length > MAX_ATTACHMENT_BYTES) {
                problems.add(new FieldProblem(field, "is larger than 10 MB", "max-file-size", 10));
            } else {
                AttachmentTypes.detect(upload.content()).ifPresentOrElse(
                        type -> attachments.add(new MessageAttachment(safeName(upload.fileName()), type, upload.content())),
                        () -> problems.add(new FieldProblem(field,
                                "is not a PDF, an image (PNG, JPEG, GIF) or an office document", "file-type", null)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("message-invalid", problems);
        }
        return attachments;
    }

    /** Keeps the name readable but harmless in a download header and on any file system. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : CleanText.cleaned(fileName).replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
