package org.etablering.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The exports' CSV (RFC 4180: every cell quoted, lines ended by CRLF, so a line break in a name never splits a row)
 * and how a file is handed out: always as an attachment, never sniffed.
 */
public final class Csv {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    /** One row of quoted cells and its CRLF. */
    public static String line(List<String> cells) {
        return String.join(",", cells.stream().map(Csv::cell).toList()) + "\r\n";
    }

    /**
     * A quoted cell. Text a spreadsheet would take for a formula — starting with =, +, -, @, a tab or a carriage
     * return, also after leading spaces — gets a leading apostrophe, so it is shown, never run.
     */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        String start = text.stripLeading();
        if (!start.isEmpty() && "=+-@\t\r".indexOf(start.charAt(0)) >= 0
                || !text.isEmpty() && "\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** A download: the file's type, its name, as an attachment, with {@code nosniff}. */
    public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}
