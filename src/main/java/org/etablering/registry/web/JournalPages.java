package org.etablering.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
import org.etablering.registry.DocumentRequests;
import org.etablering.registry.RegisterEntries;
import org.etablering.ui.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The municipality's public journal, open to anyone without signing in: the register's entries by date, what is
 * confidential masked and no person named, and a form to ask for a document.
 */
@Controller
@WebPage
class JournalPages {

    /** The journal shows at most a year at a time; by default the last month. */
    private static final int LONGEST_DAYS = 366;

    private final RegisterEntries register;
    private final DocumentRequests requests;
    private final Municipalities municipalities;
    private final java.time.Clock clock;

    JournalPages(RegisterEntries register, DocumentRequests requests, Municipalities municipalities,
                 java.time.Clock clock) {
        this.register = register;
        this.requests = requests;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @GetMapping("/journal/{municipality}")
    String journal(@PathVariable String municipality, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") String page,
                   Model model) {
        known(municipality);
        LocalDate today = LocalDate.now(clock.withZone(municipalities.get(municipality).country().zone()));
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate last = day("to", to, today, problems);
        LocalDate first = day("from", from, last.minusMonths(1), problems);
        int pageNumber = page(page, problems);
        if (problems.isEmpty() && first.isAfter(last)) {
            problems.add(new FieldProblem("from", "is after the end", "journal-order", null));
        }
        if (problems.isEmpty() && first.plusDays(LONGEST_DAYS).isBefore(last)) {
            problems.add(new FieldProblem("from", "spans more than a year", "journal-span", null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("journal-filter-invalid", problems);
        }
        model.addAttribute("municipality", municipality);
        model.addAttribute("municipalityName", municipalities.nameOf(municipality));
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("journal", register.journal(municipality, first, last, pageNumber));
        return "journal/journal";
    }

    @GetMapping("/journal/{municipality}/request")
    String requestForm(@PathVariable String municipality, @RequestParam(defaultValue = "") String entry, Model model) {
        known(municipality);
        model.addAttribute("municipality", municipality);
        model.addAttribute("municipalityName", municipalities.nameOf(municipality));
        if (!model.containsAttribute("entryNumber")) {
            model.addAttribute("entryNumber", entry.length() > 40 ? "" : entry);
        }
        return "journal/request";
    }

    @PostMapping("/journal/{municipality}/request")
    String request(@PathVariable String municipality, @RequestParam(defaultValue = "") String entryNumber,
                   @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String contact,
                   @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        known(municipality);
        try {
            requests.request(municipality, new DocumentRequests.Request(entryNumber, name, contact, note));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("problemNotice", "journal.request.refused");
            redirect.addFlashAttribute("problems", refused.fields());
            redirect.addFlashAttribute("entryNumber", entryNumber);
            redirect.addFlashAttribute("name", name);
            redirect.addFlashAttribute("contact", contact);
            redirect.addFlashAttribute("note", note);
            return "redirect:/journal/" + municipality + "/request";
        }
        redirect.addFlashAttribute("notice", "journal.request.received");
        return "redirect:/journal/" + municipality;
    }

    private void known(String municipality) {
        if (!municipalities.serves(municipality)) {
            throw new NotFoundException("not-found");
        }
    }

    private static LocalDate day(String field, String value, LocalDate otherwise, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                problems.add(new FieldProblem(field, "is out of range", "date", null));
                return otherwise;
            }
            return day;
        } catch (DateTimeParseException notADay) {
            problems.add(new FieldProblem(field, "is not a date", "date", null));
            return otherwise;
        }
    }

    private static int page(String value, List<FieldProblem> problems) {
        if (value.matches("\\d{1,5}")) {
            return Integer.parseInt(value);
        }
        problems.add(new FieldProblem("page", "is not a page number", "number", null));
        return 0;
    }
}
