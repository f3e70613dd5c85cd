package org.etablering.permit.web;

import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.permit.PermitCaseFiles;
import org.etablering.ui.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A company's permit: where the review stands, the statutory deadline, the letters and the decision. */
@Controller
@WebPage
class PermitPages {

    private final PermitCaseFiles files;

    PermitPages(PermitCaseFiles files) {
        this.files = files;
    }

    @GetMapping("/portal/permits/{id}")
    String permit(@PathVariable UUID id, CurrentUser user, Model model) {
        model.addAttribute("permit", files.of(id, user));
        return "portal/permit";
    }
}
