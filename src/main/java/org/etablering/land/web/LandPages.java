package org.etablering.land.web;

import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.land.LandActions;
import org.etablering.land.LandCaseFiles;
import org.etablering.problem.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The company's land request: the parcel offered and how long the offer stands, the reservation, the answer. */
@Controller
class LandPages {

    private final LandCaseFiles files;
    private final LandActions actions;

    LandPages(LandCaseFiles files, LandActions actions) {
        this.files = files;
        this.actions = actions;
    }

    @GetMapping("/portal/land/{id}")
    String request(@PathVariable UUID id, CurrentUser user, Model model) {
        model.addAttribute("land", files.of(id, user));
        return "portal/land";
    }

    @PostMapping("/portal/land/{id}/accept")
    String accept(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
        try {
            actions.accept(id, user);
            redirect.addFlashAttribute("notice", "land.accepted");
        } catch (ConflictException gone) {
            redirect.addFlashAttribute("landProblem", "land.offer.gone");
        }
        return "redirect:/portal/land/" + id;
    }

    @PostMapping("/portal/land/{id}/decline")
    String decline(@PathVariable UUID id, @RequestParam(required = false) String reason, CurrentUser user,
                   RedirectAttributes redirect) {
        try {
            actions.decline(id, reason == null || reason.length() <= 5000 ? reason : reason.substring(0, 5000), user);
            redirect.addFlashAttribute("notice", "land.declined");
        } catch (ConflictException gone) {
            redirect.addFlashAttribute("landProblem", "land.offer.gone");
        }
        return "redirect:/portal/land/" + id;
    }
}
