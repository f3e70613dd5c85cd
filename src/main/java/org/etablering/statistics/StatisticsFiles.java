package org.etablering.statistics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.etablering.ui.Csv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The exports as files: CSV (as every export writes it, {@link Csv}) or a one-sheet XLSX. */
public final class StatisticsFiles {

    private StatisticsFiles() {
    }

    public static ResponseEntity<byte[]> insikt(List<InsiktRow> rows, Period period, boolean spreadsheet) {
        String name = "insikt-" + period.from() + "-" + period.to();
        if (spreadsheet) {
            byte[] workbook = Xlsx.of("Insikt", InsiktRow.COLUMNS, rows.stream().map(InsiktRow::cells).toList());
            return Csv.attachment(name + ".xlsx", MediaType.parseMediaType(Xlsx.MEDIA_TYPE), workbook);
        }
        StringBuilder csv = new StringBuilder(line(InsiktRow.COLUMNS));
        rows.forEach(row -> csv.append(line(row.cells())));
        return csv(name + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static String buildingCsv(BuildingFigures figures) {
        StringBuilder csv = new StringBuilder(line(List.of("measure", "value")));
        csv.append(line(List.of("period_from", figures.period().from().toString())));
        csv.append(line(List.of("period_to", figures.period().to().toString())));
        csv.append(line(List.of("permit_decisions", String.valueOf(figures.permitDecisions()))));
        figures.decisionsByOutcome().forEach((outcome, n) -> csv.append(line(List.of("decisions_" + outcome,
                String.valueOf(n)))));
        csv.append(line(List.of("median_days_from_complete_application", number(figures.medianDays()))));
        csv.append(line(List.of("mean_days_from_complete_application", number(figures.meanDays()))));
        csv.append(line(List.of("within_statutory_limit_percent", number(figures.withinStatutoryLimitPercent()))));
        csv.append(line(List.of("extensions", String.valueOf(figures.extensions()))));
        csv.append(line(List.of("fee_reductions", String.valueOf(figures.feeReductions()))));
        csv.append(line(List.of("land_offers", String.valueOf(figures.landOffers()))));
        csv.append(line(List.of("land_allocation_agreements", String.valueOf(figures.landAllocationAgreements()))));
        csv.append(line(List.of("land_allocated", String.valueOf(figures.landAllocated()))));
        return csv.toString();
    }

    public static ResponseEntity<byte[]> csv(String name, byte[] content) {
        return Csv.attachment(name, Csv.TEXT_CSV, content);
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String line(List<String> cells) {
        return Csv.line(cells);
    }
}
