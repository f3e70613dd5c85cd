package org.etablering.permit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.cases.SubmittedOnce;
import org.etablering.identity.CurrentUser;
import org.etablering.message.MessageStore;
import org.etablering.permit.PermitApplication;
import org.etablering.permit.PermitService;
import org.etablering.problem.ConflictException;
import org.etablering.problem.InvalidInputException;
import org.etablering.ui.FormInput;
import org.etablering.ui.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A company applies for a permit on the web, from the portal or from its inquiry's page (then linked to it): the
 * municipality's permit types with what each means, the site, the description. Checked on the server, sent once.
 */
@Controller
@WebPage
class PermitApplicationPages {

    private final PermitService permits;
    private final SubmittedOnce once;

    PermitApplicationPages(PermitService permits, SubmittedOnce once) {
        this.permits = permits;
        this.once = once;
    }

    @GetMapping("/portal/permits/new")
    String form(@RequestParam(required = false) UUID inquiry, CurrentUser applicant, Model model) {
        return show(Map.of(), inquiry, Map.of(), applicant, model);
    }

    @PostMapping("/portal/permits/new")
    String apply(@RequestParam(defaultValue = "") String permitType, @RequestParam(defaultValue = "") String companyName,
                 @RequestParam(defaultValue = "") String site, @RequestParam(defaultValue = "") String description,
                 @RequestParam(required = false) UUID inquiry, @RequestParam(defaultValue = "") String submissionToken,
                 @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
                 CurrentUser applicant, Model model, RedirectAttributes redirect) {
        Map<String, String> values = Map.of("permitType", permitType, "companyName", companyName, "site", site,
                "description", description);
        Map<String, String> problems = new LinkedHashMap<>();
        if (permits.typesFor(applicant).stream().noneMatch(type -> type.key().equals(permitType))) {
            problems.put("permitType", "portal.apply.problem.type");
        }
        if (inquiry == null) {
            FormInput.required(companyName, 200, "companyName", problems);
        }
        FormInput.required(description, 5000, "description", problems);
        if (site.strip().length() > 300) {
            problems.put("site", "portal.apply.problem.long");
        }
        if (!problems.isEmpty()) {
            return show(values, inquiry, problems, applicant, model);
        }
        try {
            UUID id = once.open("permit", submissionToken, applicant, () -> permits.apply(new PermitApplication(permitType,
                    companyName.isBlank() ? "-" : companyName.strip(), description.strip(),
                    site.isBlank() ? null : site.strip(), inquiry), MessageStore.Upload.fromForm(files), applicant).getId());
            redirect.addFlashAttribute("notice", "portal.apply.permitSent");
            return "redirect:/portal/permits/" + id;
        } catch (InvalidInputException | ConflictException refused) {
            String field = refused instanceof InvalidInputException invalid && !invalid.fields().isEmpty()
                    ? invalid.fields().getFirst().field() : "form";
            if (field.startsWith("attachments")) {
                problems.put("attachments", "portal.apply.problem.files");
            } else {
                problems.put(field, "portal.apply.problem.refused");
            }
            return show(values, inquiry, problems, applicant, model);
        }
    }

    private String show(Map<String, String> values, UUID inquiry, Map<String, String> problems, CurrentUser applicant,
                        Model model) {
        model.addAttribute("types", permits.typesFor(applicant));
        model.addAttribute("values", values);
        model.addAttribute("inquiry", inquiry);
        model.addAttribute("problems", problems);
        model.addAttribute("submissionToken", UUID.randomUUID().toString());
        return "portal/apply-permit";
    }
}
