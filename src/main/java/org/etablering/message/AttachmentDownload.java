package org.etablering.message;

import java.nio.charset.StandardCharsets;
import org.etablering.problem.CleanText;
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
        String name = CleanText.cleaned(attachment.getFileName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AttachmentTypes.known(attachment.getContentType())))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name == null || name.isBlank() ? "attachment" : name, StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachment.getContent());
    }
}
