package org.etablering.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Finds a case's decision document through the API, downloads it twice, and checks that it is the same PDF/A
 * both times (veraPDF) and says what it should; returns its text.
 */
public final class DecisionDocumentCheck {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private DecisionDocumentCheck() {
    }

    /** The text of the case's one document of this kind, after checking it. */
    public static String textOf(Api api, String caseId, String kind, String token) {
        JsonNode documents = api.get("/api/v1/cases/" + caseId + "/documents", token).body();
        JsonNode document = StreamSupport.stream(documents.spliterator(), false)
                .filter(entry -> kind.equals(entry.path("documentKind").asText()))
                .reduce((a, b) -> {
                    throw new AssertionError("two documents of kind " + kind + ": " + documents);
                })
                .orElseThrow(() -> new AssertionError("no document of kind " + kind + ": " + documents));
        String path = "/api/v1/cases/" + caseId + "/documents/" + document.get("id").asText();
        HttpResponse<byte[]> first = api.download(path, token);
        HttpResponse<byte[]> second = api.download(path, token);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(first.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(second.body()).as("the same document on every download").isEqualTo(first.body());
        assertValidPdfA(first.body());
        return text(first.body());
    }

    public static void assertValidPdfA(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            ValidationResult result = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)
                    .validate(parser);
            assertThat(parser.getFlavour().getPart().getPartNumber()).isEqualTo(2);
            assertThat(result.isCompliant()).as("PDF/A-2b by veraPDF: %s", result.getTestAssertions()).isTrue();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the document", e);
        }
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }
}
