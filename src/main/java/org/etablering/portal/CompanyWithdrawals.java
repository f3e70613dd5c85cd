package org.etablering.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.etablering.cases.Withdrawal;
import org.etablering.identity.CurrentUser;
import org.etablering.inquiry.InquiryService;
import org.etablering.land.LandActions;
import org.etablering.permit.PermitActions;
import org.etablering.problem.ConflictException;
import org.etablering.ui.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The company withdraws an inquiry, a permit application or a land request from its page, before a decision. */
@Controller
@WebPage
class CompanyWithdrawals {

    private final InquiryService inquiries;
    private final PermitActions permits;
    private final LandActions land;

    CompanyWithdrawals(InquiryService inquiries, PermitActions permits, LandActions land) {
        this.inquiries = inquiries;
        this.permits = permits;
        this.land = land;
    }

    @PostMapping({"/portal/cases/{id}/withdraw", "/portal/permits/{id}/withdraw", "/portal/land/{id}/withdraw"})
    String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, CurrentUser user,
                    HttpServletRequest request, RedirectAttributes redirect) {
        String page = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("/withdraw$", "");
        if (reason.length() > Withdrawal.REASON_LIMIT) {
            redirect.addFlashAttribute("problemNotice", "portal.withdraw.tooLong");
            return "redirect:" + page + "#withdraw";
        }
        try {
            if (page.startsWith("/portal/permits/")) {
                permits.withdraw(id, reason, user);
            } else if (page.startsWith("/portal/land/")) {
                land.withdraw(id, reason, user);
            } else {
                inquiries.withdraw(id, reason, user);
            }
            redirect.addFlashAttribute("notice", "portal.withdraw.done");
        } catch (ConflictException notNow) {
            redirect.addFlashAttribute("problemNotice", "portal.withdraw.notNow");
        }
        return "redirect:" + page;
    }
}
