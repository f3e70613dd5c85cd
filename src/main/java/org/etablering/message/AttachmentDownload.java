package org.etablering.message;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How every page and endpoint hands out a stored file. */
public final class AttachmentDownload {

    private AttachmentDownload() {
    }

    /** A stored file as a download, never shown inline, under the name it was sent with. */
    public static ResponseEntity<byte[]> of(MessageAttachment attachment) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(attachment.getContent());
    }
}
