package org.etablering.permit.web;

import java.util.List;
import org.etablering.message.MessageStore;
import org.springframework.web.multipart.MultipartFile;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.permit.PermitActions;
import org.etablering.permit.PermitCaseFiles;
import org.etablering.problem.ConflictException;
import org.etablering.problem.InvalidInputException;
import org.etablering.ui.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A company's permit: where the review stands, the statutory deadline, the letters and the decision; and where the
 * company answers what the municipality asks — the completion of its application, its reply to a draft decision.
 */
@Controller
@WebPage
class PermitPages {

    static final int TEXT_LIMIT = 10_000;

    private final PermitCaseFiles files;
    private final PermitActions actions;
    private final org.etablering.cases.CaseCorrespondence correspondence;

    private final org.etablering.cases.CaseDocuments documents;
    private final org.etablering.cases.CaseRegister register;

    PermitPages(PermitCaseFiles files, PermitActions actions, org.etablering.cases.CaseCorrespondence correspondence,
                org.etablering.cases.CaseDocuments documents, org.etablering.cases.CaseRegister register) {
        this.register = register;
        this.documents = documents;
        this.correspondence = correspondence;
        this.files = files;
        this.actions = actions;
    }

    @GetMapping("/portal/permits/{id}")
    String permit(@PathVariable UUID id, CurrentUser user, Model model) {
        model.addAttribute("permit", files.of(id, user));
        var messages = correspondence.of(id, user);
        model.addAttribute("messages", messages);
        model.addAttribute("documents", documents.of(id, messages, user));
        model.addAttribute("withdrawalReceived", register.withdrawalReceived(id));
        return "portal/permit";
    }

    /** The reply to a draft adverse decision, or the applicant's word that there is nothing to add. */
    @PostMapping("/portal/permits/{id}/reply")
    String reply(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
                 @RequestParam(defaultValue = "false") boolean nothingToAdd,
                 @RequestParam(name = "attachments", required = false) List<MultipartFile> files, CurrentUser user,
                 RedirectAttributes redirect) {
        if (!nothingToAdd && (text.isBlank() || text.length() > TEXT_LIMIT)) {
            return refused(id, text.isBlank() ? "portal.answer.empty" : "portal.answer.long", text, redirect);
        }
        try {
            actions.reply(id, nothingToAdd ? "" : text, nothingToAdd, MessageStore.Upload.fromForm(files), user);
        } catch (InvalidInputException refusedFiles) {
            return refused(id, "portal.answer.files", text, redirect);
        } catch (ConflictException notNow) {
            redirect.addFlashAttribute("problemNotice", "portal.answer.notOpen");
            return "redirect:/portal/permits/" + id;
        }
        redirect.addFlashAttribute("notice", "portal.answer.sent");
        return "redirect:/portal/permits/" + id;
    }

    /** The completion of the application that the municipality asked for. */
    @PostMapping("/portal/permits/{id}/completion")
    String complete(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
                    @RequestParam(name = "attachments", required = false) List<MultipartFile> files, CurrentUser user,
                    RedirectAttributes redirect) {
        if (text.isBlank() || text.length() > TEXT_LIMIT) {
            return refused(id, text.isBlank() ? "portal.answer.empty" : "portal.answer.long", text, redirect);
        }
        try {
            actions.complete(id, text, MessageStore.Upload.fromForm(files), user);
        } catch (InvalidInputException refusedFiles) {
            return refused(id, "portal.answer.files", text, redirect);
        } catch (ConflictException notNow) {
            redirect.addFlashAttribute("problemNotice", "portal.answer.notOpen");
            return "redirect:/portal/permits/" + id;
        }
        redirect.addFlashAttribute("notice", "portal.answer.sent");
        return "redirect:/portal/permits/" + id;
    }

    private static String refused(UUID id, String problem, String text, RedirectAttributes redirect) {
        redirect.addFlashAttribute("answerProblem", problem);
        redirect.addFlashAttribute("answerText", text);
        redirect.addFlashAttribute("problemNotice", problem);
        return "redirect:/portal/permits/" + id + "#answer";
    }
}
