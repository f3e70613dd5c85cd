package org.etablering.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class DecisionPdfTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static PrintedDecision decision(String reasoning) {
        return new PrintedDecision("sv", "Östersunds kommun", "Beslut: Bygglov, Fältjägaren 4",
                List.of(new PrintedDecision.Fact("Diarienummer", "PRM-2026-000042"),
                        new PrintedDecision.Fact("Datum", "30 november 2026"),
                        new PrintedDecision.Fact("Sökande", "Åkes Ölhall AB, organisationsnummer 556677-8899")),
                List.of(new PrintedDecision.Section("Beslut", "Ansökan avslås."),
                        new PrintedDecision.Section("Lagstöd", "9 kap. 30 § plan- och bygglagen (2010:900)"),
                        new PrintedDecision.Section("Skäl för beslutet", reasoning),
                        new PrintedDecision.Section("Så överklagar ni", "Skriv till länsstyrelsen via kommunen inom tre veckor."),
                        new PrintedDecision.Section("Beslutet har fattats av", "pia.planner")),
                (page, pages) -> "Sida " + page + " av " + pages, Instant.parse("2026-11-30T10:15:00Z"));
    }

    @Test
    void aDecisionIsValidPdfA2bWithItsFontEmbeddedAndSaysWhatWasDecided() throws Exception {
        byte[] pdf = DecisionPdf.render(decision("Byggnaden strider mot detaljplanen: höjden är 14 m där planen tillåter 9 m."));

        assertCompliant(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Östersunds kommun", "Beslut: Bygglov, Fältjägaren 4", "Diarienummer: PRM-2026-000042",
                    "Åkes Ölhall AB", "Ansökan avslås.", "9 kap. 30 § plan- och bygglagen",
                    "höjden är 14 m där planen tillåter 9 m.", "Så överklagar ni", "pia.planner", "Sida 1 av 1");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
        }
    }

    @Test
    void theSameDecisionGivesTheSameBytes() {
        assertThat(DecisionPdf.render(decision("Skäl."))).isEqualTo(DecisionPdf.render(decision("Skäl.")));
    }

    @Test
    void longReasoningGoesOnToNumberedPagesAndOddCharactersDoNotBreakTheDocument() throws Exception {
        String paragraph = "Verksamheten bedöms ge betydande olägenheter för omgivningen. ".repeat(12);
        String reasoning = (paragraph + "\n").repeat(14) + "En mycket lång referens: "
                + "x".repeat(400) + "\nTecken utan glyf: 😀 \u0000 \u202e שלום 漢字 \t slut.";
        byte[] pdf = DecisionPdf.render(decision(reasoning));

        assertCompliant(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Sida 1 av " + document.getNumberOfPages(), "slut.", "Tecken utan glyf:");
        }
    }

    private static void assertCompliant(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant())
                    .as("veraPDF: %s", result.getTestAssertions().stream()
                            .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                            .map(assertion -> assertion.getRuleId().getClause() + " " + assertion.getMessage())
                            .distinct().toList())
                    .isTrue();
        }
    }
}
