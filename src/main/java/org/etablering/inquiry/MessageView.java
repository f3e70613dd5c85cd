package org.etablering.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.etablering.message.MessageKind;

/** A message on the case; {@code author} is a person's user name, or for the company an official's role. */
public record MessageView(UUID id, MessageKind kind, boolean fromCompany, String author, String authorRole,
                          Instant sentAt, String text, List<AttachmentView> attachments) {

    public record AttachmentView(UUID id, String fileName, String contentType, long sizeBytes, String href) {
    }
}
