package org.etablering.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.etablering.cases.CaseCorrespondence;
import org.etablering.identity.CurrentUser;
import org.etablering.message.AttachmentDownload;
import org.etablering.message.MessageStore;
import org.etablering.problem.ConflictException;
import org.etablering.problem.InvalidInputException;
import org.etablering.ui.WebPage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The company writes to the municipality on its permit and land cases, with attachments, and opens theirs. */
@Controller
@WebPage
class CompanyCaseMessages {

    private final CaseCorrespondence correspondence;

    CompanyCaseMessages(CaseCorrespondence correspondence) {
        this.correspondence = correspondence;
    }

    @PostMapping({"/portal/permits/{id}/messages", "/portal/land/{id}/messages"})
    String write(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
                 @RequestParam(name = "attachments", required = false) List<MultipartFile> files, CurrentUser user,
                 HttpServletRequest request, RedirectAttributes redirect) {
        String casePage = request.getRequestURI().startsWith(request.getContextPath() + "/portal/permits/")
                ? "/portal/permits/" + id : "/portal/land/" + id;
        try {
            correspondence.fromCompany(id, text, MessageStore.Upload.fromForm(files), user);
            redirect.addFlashAttribute("notice", "portal.message.sent");
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("messageProblem", "portal.message.invalid");
            redirect.addFlashAttribute("messageText", text);
        } catch (ConflictException closed) {
            redirect.addFlashAttribute("problemNotice", "inbox.message.closed");
        }
        return "redirect:" + casePage + "#messages";
    }

    @GetMapping({"/portal/permits/{id}/messages/{messageId}/attachments/{attachmentId}",
            "/portal/land/{id}/messages/{messageId}/attachments/{attachmentId}"})
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID messageId,
                                      @PathVariable UUID attachmentId, CurrentUser user) {
        return AttachmentDownload.of(correspondence.attachment(id, messageId, attachmentId, user));
    }
}
