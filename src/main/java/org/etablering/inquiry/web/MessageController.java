package org.etablering.inquiry.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.inquiry.CaseMessages;
import org.etablering.inquiry.MessageView;
import org.etablering.message.AttachmentDownload;
import org.etablering.message.CaseMessage;
import org.etablering.message.MessageStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Messages between the company and the municipality on a case, with attachments. */
@RestController
@RequestMapping("/api/v1/inquiries/{id}/messages")
class MessageController {

    private final CaseMessages messages;

    MessageController(CaseMessages messages) {
        this.messages = messages;
    }

    @GetMapping
    List<MessageView> list(@PathVariable UUID id, CurrentUser user) {
        return messages.of(id, user).stream().map(message -> view(message, user)).toList();
    }

    /** A message with attachments: multipart form data with a {@code text} part and {@code attachments} files. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<MessageView> sendWithAttachments(@PathVariable UUID id, @RequestParam(required = false) String text,
                                                    @RequestParam(name = "attachments", required = false)
                                                    List<MultipartFile> attachments, CurrentUser user) {
        List<MessageStore.Upload> uploads = attachments == null ? List.of()
                : attachments.stream().map(MessageStore.Upload::of).toList();
        return created(id, messages.send(id, text, uploads, user), user);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MessageView> send(@PathVariable UUID id, @RequestBody NewMessage message, CurrentUser user) {
        return created(id, messages.send(id, message.text(), List.of(), user), user);
    }

    @GetMapping("/{messageId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID messageId,
                                      @PathVariable UUID attachmentId, CurrentUser user) {
        return AttachmentDownload.of(messages.attachment(id, messageId, attachmentId, user));
    }

    private ResponseEntity<MessageView> created(UUID id, CaseMessage message, CurrentUser user) {
        return ResponseEntity.created(URI.create("/api/v1/inquiries/" + id + "/messages")).body(view(message, user));
    }

    private static MessageView view(CaseMessage message, CurrentUser user) {
        // companies see the official's function, not the official's name
        String author = user.isApplicant() && !message.isFromCompany() ? message.getAuthorRole() : message.getAuthor();
        String base = "/api/v1/inquiries/" + message.getCaseId() + "/messages/" + message.getId() + "/attachments/";
        return new MessageView(message.getId(), message.getKind(), message.isFromCompany(), author,
                message.getAuthorRole(), message.getSentAt(), message.getText(),
                message.getAttachments().stream().map(a -> new MessageView.AttachmentView(a.getId(), a.getFileName(),
                        a.getContentType(), a.getSizeBytes(), base + a.getId())).toList());
    }

}
