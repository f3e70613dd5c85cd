package org.etablering.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Lays a decision out on A4 pages as PDF/A-2b: the font embedded (Liberation Sans, which PDFBox carries, under
 * the SIL Open Font License), an sRGB output intent, XMP metadata that says what the file is. The same decision
 * gives the same bytes: no clock, no random identifier.
 */
final class DecisionPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String PRODUCER = "Etablering";

    private static final float MARGIN = 56;
    private static final float BOTTOM = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10.5f;
    private static final float HEADING = 12.5f;
    private static final float TITLE = 17;
    private static final float ISSUER = 13;
    private static final float LEADING = 1.35f;

    private DecisionPdf() {
    }

    static byte[] render(PrintedDecision decision) {
        try (PDDocument document = new PDDocument(); InputStream fontFile = DecisionPdf.class.getResourceAsStream(FONT)) {
            document.setVersion(1.7f);
            PDType0Font font = PDType0Font.load(document, fontFile, true);
            Typesetter type = new Typesetter(font);
            List<List<Line>> pages = paginate(type.lines(decision));
            for (int i = 0; i < pages.size(); i++) {
                draw(document, font, pages.get(i), type.fit(decision.pageLabel().apply(i + 1, pages.size())));
            }
            describe(document, decision);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line on the page: its text, size, and the space above it. */
    private record Line(String text, float size, float above, boolean rule) {
    }

    private static List<List<Line>> paginate(List<Line> lines) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        float room = PDRectangle.A4.getHeight() - MARGIN - BOTTOM;
        float left = room;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            float height = line.above() + line.size() * LEADING;
            // a heading never ends a page: it goes over with the first line of its text
            boolean heading = line.size() == HEADING && i + 1 < lines.size();
            float needed = heading ? height + lines.get(i + 1).size() * LEADING : height;
            if (needed > left && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                left = room;
                line = new Line(line.text(), line.size(), 0, line.rule());
                height = line.size() * LEADING;
            }
            page.add(line);
            left -= height;
        }
        pages.add(page);
        return pages;
    }

    private static void draw(PDDocument document, PDType0Font font, List<Line> lines, String pageLabel)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            float y = PDRectangle.A4.getHeight() - MARGIN;
            for (Line line : lines) {
                y -= line.above();
                if (line.rule()) {
                    content.setLineWidth(0.6f);
                    content.moveTo(MARGIN, y);
                    content.lineTo(MARGIN + WIDTH, y);
                    content.stroke();
                    continue;
                }
                y -= line.size() * LEADING;
                if (!line.text().isEmpty()) {
                    text(content, font, line.size(), MARGIN, y + line.size() * (LEADING - 1), line.text());
                }
            }
            float labelWidth = font.getStringWidth(pageLabel) / 1000 * 9;
            text(content, font, 9, MARGIN + WIDTH - labelWidth, BOTTOM / 2, pageLabel);
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** The XMP metadata that makes it PDF/A-2b, the output intent, the language, a file identifier from the content. */
    private static void describe(PDDocument document, PrintedDecision decision) throws IOException {
        Calendar issued = GregorianCalendar.from(decision.issuedAt().atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(decision.title());
            dc.addCreator(decision.issuer());
            dc.addLanguage(decision.language());
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("B");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(issued);
            basic.setModifyDate(issued);
            basic.setCreatorTool(PRODUCER);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(serialized.toByteArray());
            document.getDocumentCatalog().setMetadata(metadata);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("The document's metadata cannot be written", e);
        }
        var info = document.getDocumentInformation();
        info.setTitle(decision.title());
        info.setAuthor(decision.issuer());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
        document.getDocumentCatalog().setLanguage(decision.language());
        byte[] id = identifier(decision);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] identifier(PrintedDecision decision) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(decision.title().getBytes(StandardCharsets.UTF_8));
            md5.update(decision.issuedAt().toString().getBytes(StandardCharsets.UTF_8));
            decision.facts().forEach(fact -> md5.update(fact.value().getBytes(StandardCharsets.UTF_8)));
            decision.sections().forEach(section -> md5.update(section.text().getBytes(StandardCharsets.UTF_8)));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Breaks text into lines that fit the page, writing what the font cannot show as "?". */
    private static final class Typesetter {

        private final PDType0Font font;
        private final Map<Integer, Boolean> shown = new HashMap<>();

        Typesetter(PDType0Font font) {
            this.font = font;
        }

        List<Line> lines(PrintedDecision decision) throws IOException {
            List<Line> lines = new ArrayList<>();
            wrap(decision.issuer(), ISSUER, 0, lines);
            wrap(decision.title(), TITLE, 10, lines);
            lines.add(new Line("", 0, 8, true));
            for (PrintedDecision.Fact fact : decision.facts()) {
                wrap(fact.label() + ": " + fact.value(), BODY, 2, lines);
            }
            lines.add(new Line("", 0, 10, true));
            for (PrintedDecision.Section section : decision.sections()) {
                wrap(section.heading(), HEADING, 12, lines);
                for (String paragraph : section.text().split("\n", -1)) {
                    wrap(paragraph, BODY, 2, lines);
                }
            }
            return lines;
        }

        String fit(String text) throws IOException {
            return shown(text);
        }

        private void wrap(String raw, float size, float above, List<Line> lines) throws IOException {
            String text = shown(raw);
            if (text.isBlank()) {
                lines.add(new Line("", size, above, false));
                return;
            }
            StringBuilder line = new StringBuilder();
            float gap = above;
            for (String word : text.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= WIDTH) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(new Line(line.toString(), size, gap, false));
                    gap = 0;
                    line.setLength(0);
                }
                // a word wider than the page (a long address, a reference) is broken where it must be
                for (int end = word.length(); !word.isEmpty(); ) {
                    String piece = word.substring(0, end);
                    if (width(piece, size) <= WIDTH || end == 1) {
                        if (end == word.length()) {
                            line.append(piece);
                            word = "";
                        } else {
                            lines.add(new Line(piece, size, gap, false));
                            gap = 0;
                            word = word.substring(end);
                            end = word.length();
                        }
                    } else {
                        end--;
                    }
                }
            }
            if (!line.isEmpty()) {
                lines.add(new Line(line.toString(), size, gap, false));
            }
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Tabs and line breaks as spaces, control characters dropped, characters without a glyph as "?". */
        private String shown(String raw) {
            StringBuilder out = new StringBuilder();
            (raw == null ? "" : raw).codePoints().forEach(point -> {
                if (point == '\t' || point == '\r' || point == '\n' || Character.isWhitespace(point)) {
                    out.append(' ');
                } else if (Character.isISOControl(point) || Character.getType(point) == Character.FORMAT
                        || Character.getType(point) == Character.SURROGATE) {
                    return;
                } else if (shown.computeIfAbsent(point, this::hasGlyph)) {
                    out.appendCodePoint(point);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int point) {
            try {
                font.encode(new String(Character.toChars(point)));
                return true;
            } catch (IllegalArgumentException | IOException missing) {
                return false;
            }
        }
    }
}
