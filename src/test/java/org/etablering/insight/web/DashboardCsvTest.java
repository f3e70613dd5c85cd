package org.etablering.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dashboard's CSV: a spreadsheet shows every cell and runs none, and no name splits a row. */
class DashboardCsvTest {

    @Test
    void everythingThatWouldBeAFormulaIsShownAsText() {
        for (String formula : new String[] {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                "  =1+1"}) {
            assertThat(org.etablering.ui.Csv.cell(formula)).as(formula).startsWith("\"'");
        }
        assertThat(org.etablering.ui.Csv.cell("Norrsken Data AB")).isEqualTo("\"Norrsken Data AB\"");
    }

    @Test
    void quotesAndLineBreaksStayInsideTheirCell() {
        assertThat(org.etablering.ui.Csv.cell("Says \"hi\", twice")).isEqualTo("\"Says \"\"hi\"\", twice\"");
        assertThat(org.etablering.ui.Csv.cell("Two\r\nlines")).isEqualTo("\"Two\r\nlines\"");
    }

    @Test
    void aRowSaysItsStatusAndMomentsAsTheReaderWritesThemBesideTheCodes() {
        var reader = new DashboardPages.Reader(status -> "AWAITING_COMPLETION".equals(status) ? "Väntar på företaget" : status,
                java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                        java.time.format.FormatStyle.SHORT).withLocale(java.util.Locale.forLanguageTag("sv"))
                        .withZone(java.time.ZoneId.of("Europe/Stockholm")));
        String csv = DashboardPages.csvOf(java.util.List.of(new org.etablering.insight.CaseRow(java.util.UUID.randomUUID(),
                "ETB-2026-000001", "Norrsken Data AB", "AWAITING_COMPLETION",
                java.time.Instant.parse("2026-11-30T06:03:00Z"), null)), reader);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("case_number,company,status,submitted_at,closed_at,status_text,submitted,closed");
        assertThat(lines[1]).startsWith("\"ETB-2026-000001\",\"Norrsken Data AB\",\"AWAITING_COMPLETION\",\"2026-11-30T06:03:00Z\",\"\"")
                .contains("\"Väntar på företaget\"", "07:03", "nov.").endsWith(",\"\"");
    }
}
