package org.etablering.statistics.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.etablering.identity.CurrentUser;
import org.etablering.municipality.Municipalities;
import org.etablering.statistics.Period;
import org.etablering.statistics.Statistics;
import org.etablering.statistics.StatisticsFiles;
import org.etablering.ui.WebPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The managers' reported figures for a period, and the survey downloads, linked from the dashboard. */
@Controller
@WebPage
class StatisticsPages {

    private final Statistics statistics;
    private final Municipalities municipalities;
    private final Clock clock;

    StatisticsPages(Statistics statistics, Municipalities municipalities, Clock clock) {
        this.statistics = statistics;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** By default the last whole calendar year, which is what the surveys ask for. */
    @GetMapping("/dashboard/statistics")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                CurrentUser manager, Model model) {
        ZoneId zone = municipalities.get(manager.municipality()).country().zone();
        int lastYear = LocalDate.now(clock.withZone(zone)).getYear() - 1;
        Period period = Period.of(from == null ? LocalDate.of(lastYear, 1, 1) : from,
                to == null ? LocalDate.of(lastYear, 12, 31) : to);
        model.addAttribute("period", period);
        model.addAttribute("figures", statistics.building(period, null, manager));
        model.addAttribute("insiktCases", statistics.insikt(period, null, manager).size());
        return "dashboard/statistics";
    }

    /** SKR Insikt's case list of the period, as {@code .csv} or {@code .xlsx}. */
    @GetMapping({"/dashboard/statistics/insikt.csv", "/dashboard/statistics/insikt.xlsx"})
    ResponseEntity<byte[]> insikt(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  CurrentUser manager, jakarta.servlet.http.HttpServletRequest request) {
        Period period = Period.of(from, to);
        return StatisticsFiles.insikt(statistics.insikt(period, null, manager), period,
                request.getRequestURI().endsWith(".xlsx"));
    }

    @GetMapping("/dashboard/statistics/building.csv")
    ResponseEntity<byte[]> buildingCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       CurrentUser manager) {
        return StatisticsFiles.csv("building-figures.csv", StatisticsFiles.buildingCsv(
                statistics.building(Period.of(from, to), null, manager)).getBytes(StandardCharsets.UTF_8));
    }
}
