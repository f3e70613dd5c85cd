package org.etablering.inbox;

import java.util.UUID;
import org.etablering.audit.AuditMapper;
import org.etablering.cases.CaseDetails;
import org.etablering.cases.CaseRegister;
import org.etablering.identity.CurrentUser;
import org.etablering.ui.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A case's audit trail as a page, for managers: who read or changed what, when, allowed or refused. */
@Controller
@WebPage
class CaseAuditPage {

    private final CaseRegister register;
    private final CaseDetails details;
    private final AuditMapper mapper;

    CaseAuditPage(CaseRegister register, CaseDetails details, AuditMapper mapper) {
        this.register = register;
        this.details = details;
        this.mapper = mapper;
    }

    @GetMapping("/inbox/cases/{id}/audit")
    String audit(@PathVariable UUID id, CurrentUser manager, Model model) {
        model.addAttribute("entries", register.auditOf(id, manager).stream().map(mapper::toView).toList().reversed());
        model.addAttribute("detail", details.of(id, manager));
        return "inbox/audit";
    }
}
