package org.etablering.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How every page and endpoint hands out an issued document: the stored bytes, as a PDF download. */
public final class DocumentDownload {

    private DocumentDownload() {
    }

    public static ResponseEntity<byte[]> of(IssuedDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.view().fileName(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + document.view().sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }
}
