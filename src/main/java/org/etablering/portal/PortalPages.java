package org.etablering.portal;

import java.util.List;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.inquiry.CaseFiles;
import org.etablering.inquiry.CaseMessages;
import org.etablering.inquiry.CompanyCaseView;
import org.etablering.inquiry.InquiryService;
import org.etablering.inquiry.InquiryStatus;
import org.etablering.inquiry.Submitted;
import org.etablering.land.LandRequests;
import org.etablering.message.AttachmentDownload;
import org.etablering.message.MessageStore;
import org.etablering.municipality.Country;
import org.etablering.municipality.Municipalities;
import org.etablering.permit.PermitService;
import org.etablering.problem.InvalidInputException;
import org.etablering.ui.WebPage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The companies' pages: their cases, a case with its messages, and the guided inquiry form. */
@Controller
@WebPage
class PortalPages {

    /** The stages a company sees its inquiry pass, in order. */
    static final List<InquiryStatus> STAGES = List.of(InquiryStatus.SUBMITTED, InquiryStatus.IN_TRIAGE,
            InquiryStatus.HANDED_OFF, InquiryStatus.IN_COORDINATION, InquiryStatus.RESPONDED, InquiryStatus.FOLLOW_UP,
            InquiryStatus.CLOSED);

    private final InquiryService inquiries;
    private final CaseFiles files;
    private final CaseMessages messages;
    private final PermitService permits;
    private final LandRequests land;
    private final Municipalities municipalities;
    private final SmartValidator validator;
    private final org.etablering.cases.CaseSearch caseSearch;

    private final org.etablering.cases.CaseDocuments documents;
    private final org.etablering.cases.CaseRegister register;

    PortalPages(InquiryService inquiries, CaseFiles files, CaseMessages messages, PermitService permits,
                LandRequests land, Municipalities municipalities, SmartValidator validator, org.etablering.cases.CaseSearch caseSearch,
                org.etablering.cases.CaseDocuments documents, org.etablering.cases.CaseRegister register) {
        this.register = register;
        this.documents = documents;
        this.caseSearch = caseSearch;
        this.inquiries = inquiries;
        this.files = files;
        this.messages = messages;
        this.permits = permits;
        this.land = land;
        this.municipalities = municipalities;
        this.validator = validator;
    }

    @GetMapping("/portal")
    String myCases(CurrentUser user, Model model) {
        model.addAttribute("allCases", caseSearch.find(new org.etablering.cases.CaseQuery(null, null, null, null, null,
                null, null, null, org.etablering.cases.CaseSort.UPDATED, org.etablering.cases.CaseQuery.MAX_LIMIT, null),
                user).items());
        model.addAttribute("municipalityName", municipalities.nameOf(user.municipality()));
        return "portal/cases";
    }

    @GetMapping("/portal/cases/{id}")
    String inquiry(@PathVariable UUID id, CurrentUser user, Model model) {
        CompanyCaseView view = (CompanyCaseView) files.of(id, user);
        model.addAttribute("case", view);
        model.addAttribute("stages", STAGES);
        var caseMessages = messages.of(id, user);
        model.addAttribute("messages", caseMessages);
        model.addAttribute("documents", documents.of(id, caseMessages, user));
        model.addAttribute("withdrawalReceived", register.withdrawalReceived(id));
        model.addAttribute("relatedPermits", permits.visibleTo(user).stream()
                .filter(permit -> id.equals(permit.getInquiryId())).toList());
        model.addAttribute("relatedLand", land.visibleTo(user).stream()
                .filter(request -> id.equals(request.getInquiryId())).toList());
        return "portal/case";
    }

    @PostMapping("/portal/cases/{id}/messages")
    String sendMessage(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
                       @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
                       CurrentUser user, RedirectAttributes redirect) {
        List<MessageStore.Upload> uploads = MessageStore.Upload.fromForm(files);
        try {
            messages.send(id, text, uploads, user);
            redirect.addFlashAttribute("notice", "portal.message.sent");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("messageProblem", "portal.message.invalid");
            redirect.addFlashAttribute("messageText", text);
        }
        return "redirect:/portal/cases/" + id + "#messages";
    }

    @GetMapping("/portal/cases/{id}/messages/{messageId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID messageId,
                                      @PathVariable UUID attachmentId, CurrentUser user) {
        return AttachmentDownload.of(messages.attachment(id, messageId, attachmentId, user));
    }

    @GetMapping("/portal/inquiries/new")
    String newInquiry(Model model) {
        model.addAttribute("draft", new InquiryDraft());
        model.addAttribute("step", 1);
        return "portal/new-inquiry";
    }

    /**
     * One step of the guided form. Earlier steps travel along as hidden fields, so nothing is kept on the
     * server until the company submits; the token makes a double click submit only once.
     */
    @PostMapping("/portal/inquiries/new")
    String inquiryStep(@ModelAttribute("draft") InquiryDraft draft, BindingResult errors, @RequestParam int step,
                       @RequestParam(defaultValue = "next") String move, @RequestParam String submissionToken,
                       CurrentUser user, Model model, RedirectAttributes redirect) {
        int current = Math.max(1, Math.min(step, InquiryDraft.STEPS + 1));
        model.addAttribute("submissionToken", submissionToken);
        if ("back".equals(move)) {
            model.addAttribute("step", Math.max(1, current - 1));
            return "portal/new-inquiry";
        }
        if (current <= InquiryDraft.STEPS) {
            validator.validate(draft, errors, InquiryDraft.groupOf(current));
            model.addAttribute("step", errors.hasErrors() ? current : current + 1);
            return "portal/new-inquiry";
        }
        for (int each = 1; each <= InquiryDraft.STEPS; each++) {
            validator.validate(draft, errors, InquiryDraft.groupOf(each));
            if (errors.hasErrors()) {
                model.addAttribute("step", each);
                return "portal/new-inquiry";
            }
        }
        Country country = municipalities.get(user.municipality()).country();
        try {
            Submitted submitted = inquiries.submit(draft.toSubmission(user.orgNumber(), country), user, submissionToken);
            redirect.addFlashAttribute("notice", "portal.inquiry.submitted");
            return "redirect:/portal/cases/" + submitted.inquiry().getId();
        } catch (InvalidInputException refused) {
            refused.fields().forEach(problem -> errors.reject("portal.inquiry.refused", problem.message()));
            model.addAttribute("step", InquiryDraft.STEPS + 1);
            return "portal/new-inquiry";
        }
    }

    /** Numbers as people write them here: "2,5" and "12 000" as well as "2.5". */
    @org.springframework.web.bind.annotation.InitBinder("draft")
    void numbersAsPeopleWriteThem(org.springframework.web.bind.WebDataBinder binder) {
        binder.registerCustomEditor(java.math.BigDecimal.class, new org.etablering.ui.WrittenNumber(false));
        binder.registerCustomEditor(Integer.class, new org.etablering.ui.WrittenNumber(true));
    }

    @ModelAttribute("orgNumber")
    String orgNumber(CurrentUser user) {
        return user.orgNumber();
    }

    @ModelAttribute("submissionToken")
    String submissionToken() {
        return UUID.randomUUID().toString();
    }

}
