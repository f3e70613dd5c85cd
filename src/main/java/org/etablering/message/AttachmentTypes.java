package org.etablering.message;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises the files a company or an official may attach by their content: PDF, PNG, JPEG, GIF,
 * Office Open XML (Word, Excel, PowerPoint), OpenDocument, and legacy Office files. A name or a declared
 * type proves nothing; an executable renamed to {@code .pdf} is refused.
 */
final class AttachmentTypes {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int MAX_ZIP_ENTRIES_INSPECTED = 200;

    private AttachmentTypes() {
    }

    /** The content type of an allowed file, or empty if the content is not one of the allowed kinds. */
    static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, GIF)) {
            return Optional.of("image/gif");
        }
        if (startsWith(content, OLE)) {
            return Optional.of("application/x-ole-storage"); // .doc, .xls, .ppt
        }
        if (startsWith(content, ZIP)) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    private static Optional<String> officeDocument(byte[] content) {
        boolean contentTypes = false;
        String kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int seen = 0; (entry = zip.getNextEntry()) != null && seen < MAX_ZIP_ENTRIES_INSPECTED; seen++) {
                String name = entry.getName();
                if (seen == 0 && name.equals("mimetype")) {
                    String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return mimetype.startsWith("application/vnd.oasis.opendocument.") ? Optional.of(mimetype) : Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                if (kind == null) {
                    kind = name.startsWith("word/") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                            : name.startsWith("xl/") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                            : name.startsWith("ppt/") ? "application/vnd.openxmlformats-officedocument.presentationml.presentation"
                            : null;
                }
            }
        } catch (IOException | IllegalArgumentException notAZipAfterAll) {
            return Optional.empty();
        }
        return contentTypes && kind != null ? Optional.of(kind) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
