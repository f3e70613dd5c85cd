package org.etablering.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dashboard's CSV: a spreadsheet shows every cell and runs none, and no name splits a row. */
class DashboardCsvTest {

    @Test
    void everythingThatWouldBeAFormulaIsShownAsText() {
        for (String formula : new String[] {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                "  =1+1"}) {
            assertThat(DashboardPages.cell(formula)).as(formula).startsWith("\"'");
        }
        assertThat(DashboardPages.cell("Norrsken Data AB")).isEqualTo("\"Norrsken Data AB\"");
    }

    @Test
    void quotesAndLineBreaksStayInsideTheirCell() {
        assertThat(DashboardPages.cell("Says \"hi\", twice")).isEqualTo("\"Says \"\"hi\"\", twice\"");
        assertThat(DashboardPages.cell("Two\r\nlines")).isEqualTo("\"Two\r\nlines\"");
    }
}
