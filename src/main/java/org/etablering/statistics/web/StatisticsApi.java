package org.etablering.statistics.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.etablering.identity.CurrentUser;
import org.etablering.statistics.BuildingFigures;
import org.etablering.statistics.InsiktRow;
import org.etablering.statistics.Period;
import org.etablering.statistics.Statistics;
import org.etablering.statistics.StatisticsFiles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The survey exports and reported figures, for managers and administrators of the municipality. */
@RestController
class StatisticsApi {

    private final Statistics statistics;

    StatisticsApi(Statistics statistics) {
        this.statistics = statistics;
    }

    /** SKR Insikt's case list of the period: CSV, or XLSX when asked for with {@code Accept}. */
    @GetMapping("/api/v1/statistics/insikt")
    ResponseEntity<byte[]> insikt(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String municipality,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                  CurrentUser user) {
        Period period = Period.of(from, to);
        List<InsiktRow> rows = statistics.insikt(period, municipality, user);
        return StatisticsFiles.insikt(rows, period, accept != null && accept.contains("spreadsheetml"));
    }

    /** Building permit and land figures of the period (Boverket, KOSTRA): JSON, or CSV when asked for. */
    @GetMapping("/api/v1/statistics/building")
    ResponseEntity<?> building(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) String municipality,
                               @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                               CurrentUser user) {
        BuildingFigures figures = statistics.building(Period.of(from, to), municipality, user);
        if (accept != null && accept.contains("text/csv")) {
            return StatisticsFiles.csv("building-figures.csv", StatisticsFiles.buildingCsv(figures)
                    .getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok(figures);
    }
}
