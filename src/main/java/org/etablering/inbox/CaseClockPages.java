package org.etablering.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.etablering.clock.ClockRuleException;
import org.etablering.identity.CurrentUser;
import org.etablering.land.LandActions;
import org.etablering.permit.PermitActions;
import org.etablering.problem.ConflictException;
import org.etablering.problem.InvalidInputException;
import org.etablering.ui.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clock controls on a case page: the statutory period's one extension and its pause and resume, and a
 * reservation's extension. A refused change comes back to the form, said in the user's language beside the field,
 * and changes nothing.
 */
@Controller
@WebPage
class CaseClockPages {

    static final int REASON_LIMIT = 2000;

    private final PermitActions permits;
    private final LandActions land;

    CaseClockPages(PermitActions permits, LandActions land) {
        this.permits = permits;
        this.land = land;
    }

    @PostMapping("/inbox/cases/{id}/clock/extension")
    String extendStatutoryPeriod(@PathVariable UUID id, @RequestParam(defaultValue = "") String weeks,
                                 @RequestParam(defaultValue = "") String reason, CurrentUser user,
                                 RedirectAttributes redirect) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer length = wholeNumber(weeks, 1, 52, "weeks", problems);
        String why = reason(reason, problems);
        if (problems.isEmpty()) {
            try {
                permits.extend(id, length, why, user);
                redirect.addFlashAttribute("notice", "clock.extended");
            } catch (ClockRuleException refused) {
                problems.put(refused.rule() == ClockRuleException.Rule.TOO_LONG ? "weeks" : "extension",
                        "clock.rule." + refused.rule());
            }
        }
        return back(id, "clock-extension", problems, Map.of("weeks", weeks, "reason", reason), redirect);
    }

    /** The applicant asked the municipality to wait. */
    @PostMapping("/inbox/cases/{id}/clock/pause")
    String pauseStatutoryPeriod(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
        try {
            permits.pause(id, user);
            redirect.addFlashAttribute("notice", "clock.paused");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problemNotice", "clock.notRunning");
        }
        return "redirect:/inbox/cases/" + id + "#clock-controls";
    }

    @PostMapping("/inbox/cases/{id}/clock/resume")
    String resumeStatutoryPeriod(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
        try {
            permits.resume(id, user);
            redirect.addFlashAttribute("notice", "clock.resumed");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problemNotice", "clock.notPausedByApplicant");
        }
        return "redirect:/inbox/cases/" + id + "#clock-controls";
    }

    @PostMapping("/inbox/cases/{id}/reservation/extension")
    String extendReservation(@PathVariable UUID id, @RequestParam(defaultValue = "") String months,
                             @RequestParam(defaultValue = "") String reason, CurrentUser user,
                             RedirectAttributes redirect) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer length = wholeNumber(months, 1, 24, "months", problems);
        String why = reason(reason, problems);
        if (problems.isEmpty()) {
            try {
                land.extend(id, length, why, user);
                redirect.addFlashAttribute("notice", "reservation.extended");
            } catch (InvalidInputException tooLong) {
                problems.put("months", "reservation.extension.tooLong");
            } catch (ConflictException refused) {
                problems.put("extension", "reservation.extension.notNow");
            }
        }
        return back(id, "reservation-extension", problems, Map.of("months", months, "reason", reason), redirect);
    }

    private static String back(UUID id, String form, Map<String, String> problems, Map<String, String> posted,
                               RedirectAttributes redirect) {
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("clockProblems", problems);
            redirect.addFlashAttribute("clockValues", posted);
            redirect.addFlashAttribute("problemNotice", "clock.refused");
        }
        return "redirect:/inbox/cases/" + id + "#" + form;
    }

    private static Integer wholeNumber(String text, int min, int max, String field, Map<String, String> problems) {
        String digits = text.strip();
        if (!digits.matches("\\d{1,3}")) {
            problems.put(field, "clock.problem.number");
            return null;
        }
        int value = Integer.parseInt(digits);
        if (value < min || value > max) {
            problems.put(field, "clock.problem.number");
            return null;
        }
        return value;
    }

    private static String reason(String text, Map<String, String> problems) {
        String why = text.strip();
        if (why.isEmpty()) {
            problems.put("reason", "clock.problem.reason");
        } else if (why.length() > REASON_LIMIT) {
            problems.put("reason", "clock.problem.reasonLong");
        }
        return why;
    }
}
