package org.etablering.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A file's type is what its content is; a name or a declared type proves nothing. */
class AttachmentTypesTest {

    @Test
    void documentsAndImagesAreRecognisedByTheirContent() throws IOException {
        assertThat(AttachmentTypes.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).hasValue("application/pdf");
        assertThat(AttachmentTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .hasValue("image/png");
        assertThat(AttachmentTypes.detect(zip("[Content_Types].xml", "word/document.xml")))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(AttachmentTypes.detect(zip("mimetype:application/vnd.oasis.opendocument.text", "content.xml")))
                .hasValue("application/vnd.oasis.opendocument.text");
    }

    @Test
    void anythingElseIsRefused() throws IOException {
        assertThat(AttachmentTypes.detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).as("a Windows executable").isEmpty();
        assertThat(AttachmentTypes.detect("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentTypes.detect(zip("payload.exe"))).as("a zip that is not an office document").isEmpty();
        assertThat(AttachmentTypes.detect(zip("[Content_Types].xml", "macros/run.bin"))).isEmpty();
    }

    @Test
    void anOpenDocumentTypeMustBeExactlyOneOfTheKnownOnes() throws IOException {
        for (String odd : new String[] {"application/vnd.oasis.opendocument.text\r\nX-Evil: 1", "text/html",
                "application/vnd.oasis.opendocument.<script>", "application/vnd.oasis.opendocument.text "}) {
            assertThat(AttachmentTypes.detect(zip("mimetype:" + odd, "content.xml"))).as(odd).isEmpty();
        }
    }

    @Test
    void aSmallUploadThatWouldInflateToAGigabyteIsJudgedWithoutInflatingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).as("about a megabyte on the wire").isLessThan(2 << 20);
        long started = System.nanoTime();
        assertThat(AttachmentTypes.detect(bomb)).isPresent();
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds, not seconds").isLessThan(1000);
    }

    @Test
    void aStoredTypeOutsideTheFixedSetIsHandedOutAsPlainBytes() {
        assertThat(AttachmentTypes.known("application/pdf")).isEqualTo("application/pdf");
        assertThat(AttachmentTypes.known("application/vnd.oasis.opendocument.text\r\n<script>"))
                .isEqualTo("application/octet-stream");
        assertThat(AttachmentTypes.known(null)).isEqualTo("application/octet-stream");
    }

    @Test
    void aFileNameCannotReachOutsideItsHeader() {
        assertThat(MessageStore.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(MessageStore.safeName("C:\\Users\\nora\\plan \"final\".pdf")).isEqualTo("plan _final_.pdf");
        assertThat(MessageStore.safeName("  ")).isEqualTo("attachment");
    }

    /** A zip with these entries; "mimetype:x" makes a stored first entry named mimetype with content x. */
    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                String[] parts = entry.split(":", 2);
                zip.putNextEntry(new ZipEntry(parts[0]));
                zip.write((parts.length > 1 ? parts[1] : "<x/>").getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
