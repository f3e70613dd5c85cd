package org.etablering.message;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String POWERPOINT = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    /** OpenDocument's {@code mimetype} entry must be exactly one of these. */
    private static final Map<String, String> OPEN_DOCUMENT = Map.of(
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.graphics", "application/vnd.oasis.opendocument.graphics");
    private static final Set<String> ALL = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "application/x-ole-storage", WORD, EXCEL, POWERPOINT, "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.graphics");

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

    /**
     * Office Open XML and OpenDocument files are zip containers. Only the container's directory is read (no
     * entry is inflated but OpenDocument's 100-byte {@code mimetype}), with a bound on the number of entries,
     * so a small upload that would inflate to gigabytes costs nothing.
     */
    private static Optional<String> officeDocument(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("etablering-upload", ".zip");
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.size() > MAX_ZIP_ENTRIES) {
                    return Optional.empty();
                }
                ZipEntry mimetype = zip.getEntry("mimetype");
                if (mimetype != null) {
                    try (InputStream in = zip.getInputStream(mimetype)) {
                        String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII);
                        return Optional.ofNullable(OPEN_DOCUMENT.get(declared));
                    }
                }
                if (zip.getEntry("[Content_Types].xml") == null) {
                    return Optional.empty();
                }
                return zip.stream().map(ZipEntry::getName)
                        .map(name -> name.startsWith("word/") ? WORD : name.startsWith("xl/") ? EXCEL
                                : name.startsWith("ppt/") ? POWERPOINT : null)
                        .filter(java.util.Objects::nonNull).findFirst();
            }
        } catch (IOException | RuntimeException notAnOfficeFile) {
            return Optional.empty();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    /** The stored type as one of the fixed set, whatever older versions stored; anything else is plain bytes. */
    static String known(String stored) {
        return stored != null && ALL.contains(stored) ? stored : "application/octet-stream";
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
