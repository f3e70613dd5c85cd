package org.etablering.land.web;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.land.LandActions;
import org.etablering.land.LandCaseFiles;
import org.etablering.land.ParcelInventory;
import org.etablering.land.ParcelMapper;
import org.etablering.land.ParcelSearch;
import org.etablering.land.Zoning;
import org.etablering.problem.ConflictException;
import org.etablering.ui.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The company's land request: the parcel offered and how long the offer stands, the reservation, the answer. */
@Controller
@WebPage
class LandPages {

    private final LandCaseFiles files;
    private final LandActions actions;
    private final ParcelInventory inventory;
    private final ParcelMapper parcels;
    private final org.etablering.cases.CaseCorrespondence correspondence;

    private final org.etablering.cases.CaseDocuments documents;
    private final org.etablering.cases.CaseRegister register;

    LandPages(LandCaseFiles files, LandActions actions, ParcelInventory inventory, ParcelMapper parcels,
              org.etablering.cases.CaseCorrespondence correspondence, org.etablering.cases.CaseDocuments documents, org.etablering.cases.CaseRegister register) {
        this.register = register;
        this.documents = documents;
        this.correspondence = correspondence;
        this.files = files;
        this.actions = actions;
        this.inventory = inventory;
        this.parcels = parcels;
    }

    /** The inventory search planners use when matching a parcel to a request. */
    @GetMapping("/inbox/parcels")
    String parcels(@RequestParam(required = false) Integer minSizeSqm, @RequestParam(required = false) String area,
                   @RequestParam(required = false) Set<Zoning> zoning, @RequestParam(required = false) BigDecimal minPowerMw,
                   @RequestParam(required = false) Boolean railAccess, CurrentUser user, Model model) {
        model.addAttribute("search", new ParcelSearch(minSizeSqm, area, zoning, minPowerMw, railAccess, null));
        model.addAttribute("parcels", parcels.toViews(inventory.search(
                new ParcelSearch(minSizeSqm, area, zoning, minPowerMw, railAccess, null), user)));
        return "inbox/parcels";
    }

    @GetMapping("/portal/land/{id}")
    String request(@PathVariable UUID id, CurrentUser user, Model model) {
        model.addAttribute("land", files.of(id, user));
        var messages = correspondence.of(id, user);
        model.addAttribute("messages", messages);
        model.addAttribute("documents", documents.of(id, messages, user));
        model.addAttribute("withdrawalReceived", register.withdrawalReceived(id));
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
