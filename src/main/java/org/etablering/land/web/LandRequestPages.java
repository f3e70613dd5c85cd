package org.etablering.land.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.etablering.cases.SubmittedOnce;
import org.etablering.identity.CurrentUser;
import org.etablering.land.LandNeed;
import org.etablering.land.LandRequests;
import org.etablering.problem.ConflictException;
import org.etablering.problem.InvalidInputException;
import org.etablering.ui.FormInput;
import org.etablering.ui.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A company asks for land on the web, from the portal or from its inquiry's page (then linked to it): what the land
 * is for, its size, area, power and rail. Numbers take a decimal comma. Checked on the server, sent once.
 */
@Controller
@WebPage
class LandRequestPages {

    private final LandRequests requests;
    private final SubmittedOnce once;

    LandRequestPages(LandRequests requests, SubmittedOnce once) {
        this.requests = requests;
        this.once = once;
    }

    @GetMapping("/portal/land/new")
    String form(@RequestParam(required = false) UUID inquiry, Model model) {
        return show(Map.of(), inquiry, Map.of(), model);
    }

    @PostMapping("/portal/land/new")
    String ask(@RequestParam(defaultValue = "") String companyName, @RequestParam(defaultValue = "") String purpose,
               @RequestParam(defaultValue = "") String minimumSizeSqm, @RequestParam(defaultValue = "") String preferredArea,
               @RequestParam(defaultValue = "") String powerMw, @RequestParam(defaultValue = "false") boolean needsRail,
               @RequestParam(required = false) UUID inquiry, @RequestParam(defaultValue = "") String submissionToken,
               CurrentUser applicant, Model model, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("companyName", companyName);
        values.put("purpose", purpose);
        values.put("minimumSizeSqm", minimumSizeSqm);
        values.put("preferredArea", preferredArea);
        values.put("powerMw", powerMw);
        values.put("needsRail", String.valueOf(needsRail));
        Map<String, String> problems = new LinkedHashMap<>();
        if (inquiry == null) {
            FormInput.required(companyName, 200, "companyName", problems);
        }
        FormInput.required(purpose, 5000, "purpose", problems);
        if (preferredArea.strip().length() > 100) {
            problems.put("preferredArea", "portal.apply.problem.long");
        }
        BigDecimal size = FormInput.positiveNumber(minimumSizeSqm, new BigDecimal("100000000"), "minimumSizeSqm", problems);
        BigDecimal power = FormInput.positiveNumber(powerMw, new BigDecimal("10000"), "powerMw", problems);
        if (size != null && size.stripTrailingZeros().scale() > 0) {
            problems.put("minimumSizeSqm", "portal.apply.problem.number");
        }
        if (!problems.isEmpty()) {
            return show(values, inquiry, problems, model);
        }
        try {
            UUID id = once.open("land", submissionToken, applicant, () -> requests.request(new LandNeed(
                    companyName.isBlank() ? "-" : companyName.strip(), purpose.strip(),
                    size == null ? null : size.intValueExact(), preferredArea.isBlank() ? null : preferredArea.strip(),
                    power, needsRail, inquiry), applicant).getId());
            redirect.addFlashAttribute("notice", "portal.apply.landSent");
            return "redirect:/portal/land/" + id;
        } catch (InvalidInputException | ConflictException refused) {
            problems.put(refused instanceof InvalidInputException invalid && !invalid.fields().isEmpty()
                    ? invalid.fields().getFirst().field() : "form", "portal.apply.problem.refused");
            return show(values, inquiry, problems, model);
        }
    }

    private static String show(Map<String, String> values, UUID inquiry, Map<String, String> problems, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("inquiry", inquiry);
        model.addAttribute("problems", problems);
        model.addAttribute("submissionToken", UUID.randomUUID().toString());
        return "portal/ask-land";
    }
}
