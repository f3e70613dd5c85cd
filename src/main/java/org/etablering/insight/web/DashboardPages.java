package org.etablering.insight.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.etablering.identity.CurrentUser;
import org.etablering.insight.CaseFilter;
import org.etablering.insight.CaseRows;
import org.etablering.insight.CaseRow;
import org.etablering.insight.Dashboard;
import org.etablering.insight.Insights;
import org.etablering.insight.PermitMeasure;
import org.etablering.municipality.Municipalities;
import org.etablering.ui.CaseWords;
import org.etablering.ui.Csv;
import org.etablering.ui.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The managers' dashboard, the cases behind each figure, and those cases as CSV. */
@Controller
@WebPage
class DashboardPages {

    private final Insights insights;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Municipalities municipalities;
    private final CaseWords words;

    DashboardPages(Insights insights, MessageSource messages, ObjectMapper json, Municipalities municipalities,
                   CaseWords words) {
        this.words = words;
        this.insights = insights;
        this.messages = messages;
        this.json = json;
        this.municipalities = municipalities;
    }

    @GetMapping("/dashboard")
    String dashboard(CurrentUser manager, Model model, java.util.Locale locale) throws JsonProcessingException {
        Dashboard dashboard = insights.dashboard(manager);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("weeksChart", json.writeValueAsString(Map.of(
                // the week's first day as the reader writes a date ("30 nov.", "30. nov."), not ISO
                "labels", dashboard.weeks().stream().map(week -> week.start().format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMM", locale))).toList(),
                "series", List.of(
                        Map.of("label", messages.getMessage("dashboard.opened", null, locale),
                                "data", dashboard.weeks().stream().map(Dashboard.Week::opened).toList()),
                        Map.of("label", messages.getMessage("dashboard.closed", null, locale),
                                "data", dashboard.weeks().stream().map(Dashboard.Week::closed).toList())))));
        model.addAttribute("functionsChart", json.writeValueAsString(Map.of(
                "labels", dashboard.backlogByFunction().stream()
                        .map(count -> messages.getMessage("role." + count.key(), null, count.key(), locale)).toList(),
                "series", List.of(Map.of("label", messages.getMessage("dashboard.openTasks", null, locale),
                        "data", dashboard.backlogByFunction().stream().map(Dashboard.Count::count).toList())))));
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard/cases")
    String cases(CurrentUser manager, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String function,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedWeek,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedWeek,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedSince,
                 @RequestParam(required = false) String after, Model model) {
        CaseFilter filter = new CaseFilter(status, function, openedWeek, closedWeek, closedSince);
        model.addAttribute("heading", "dashboard.cases");
        model.addAttribute("statusPrefix", "inquiry.status.");
        return list(model, "/dashboard/cases?" + filter.query(), insights.cases(filter, manager, after), after);
    }

    @GetMapping("/dashboard/permits")
    String permits(CurrentUser manager, @RequestParam PermitMeasure measure,
                   @RequestParam(required = false) String after, Model model) {
        model.addAttribute("heading", "dashboard.measure." + measure);
        model.addAttribute("statusPrefix", "permit.status.");
        return list(model, "/dashboard/permits?measure=" + measure, insights.permits(measure, manager, after), after);
    }

    /** One page of a figure's list, its download, and links to the first and the next page. */
    private static String list(Model model, String address, CaseRows page, String after) {
        String query = address.substring(address.indexOf('?'));
        model.addAttribute("csv", address.replace("?", ".csv?"));
        model.addAttribute("cases", page.rows());
        model.addAttribute("first", after == null || after.isBlank() ? null : address);
        model.addAttribute("next", page.next() == null ? null
                : address + (query.length() > 1 ? "&" : "") + "after=" + page.next());
        return "dashboard/cases";
    }

    @GetMapping("/dashboard/permits.csv")
    ResponseEntity<byte[]> permitsCsv(CurrentUser manager, @RequestParam PermitMeasure measure, Locale locale) {
        return csvOf(insights.permits(measure, manager), "permits.csv", reader(manager, locale));
    }

    /** The same list as a spreadsheet-friendly CSV file. */
    @GetMapping("/dashboard/cases.csv")
    ResponseEntity<byte[]> csv(CurrentUser manager, @RequestParam(required = false) String status,
                               @RequestParam(required = false) String function,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedWeek,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedWeek,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedSince,
                               Locale locale) {
        return csvOf(insights.cases(new CaseFilter(status, function, openedWeek, closedWeek, closedSince), manager),
                "cases.csv", reader(manager, locale));
    }

    /** How the reader writes a status and a moment: their language, their municipality's time zone. */
    record Reader(Function<String, String> status, DateTimeFormatter moment) {
    }

    private Reader reader(CurrentUser manager, Locale locale) {
        ZoneId zone = municipalities.get(manager.municipality()).country().zone();
        return new Reader(status -> words.status(status, locale),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .withZone(zone));
    }

    /**
     * RFC 4180: every cell quoted, lines ended by CRLF, so a line break in a name never splits a row. The codes and
     * ISO 8601 instants are for programs; the last three columns say the same as the reader writes it.
     */
    static String csvOf(List<CaseRow> rows, Reader reader) {
        StringBuilder body = new StringBuilder(
                "case_number,company,status,submitted_at,closed_at,status_text,submitted,closed\r\n");
        for (CaseRow row : rows) {
            body.append(String.join(",", Csv.cell(row.caseNumber()), Csv.cell(row.companyName()), Csv.cell(row.status()),
                    Csv.cell(String.valueOf(row.submittedAt())), Csv.cell(row.closedAt() == null ? "" : row.closedAt().toString()),
                    Csv.cell(reader.status().apply(row.status())),
                    Csv.cell(row.submittedAt() == null ? "" : reader.moment().format(row.submittedAt())),
                    Csv.cell(row.closedAt() == null ? "" : reader.moment().format(row.closedAt()))))
                    .append("\r\n");
        }
        return body.toString();
    }

    private static ResponseEntity<byte[]> csvOf(List<CaseRow> rows, String fileName, Reader reader) {
        return Csv.attachment(fileName, Csv.TEXT_CSV, csvOf(rows, reader).getBytes(StandardCharsets.UTF_8));
    }
}
