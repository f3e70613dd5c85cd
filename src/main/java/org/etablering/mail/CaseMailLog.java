package org.etablering.mail;

import java.util.List;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.cases.CaseRegister;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.OfficialsOnly;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mail of a case for the officials on its page: what went to whom, what waits, and what could not be sent. */
@Service
@EnableConfigurationProperties(MailProperties.class)
public class CaseMailLog {

    private final CaseRegister register;
    private final MailOutbox outbox;

    CaseMailLog(CaseRegister register, MailOutbox outbox) {
        this.register = register;
        this.outbox = outbox;
    }

    @OfficialsOnly
    @Transactional
    public List<MailView> of(UUID caseId, CurrentUser official) {
        register.visible(caseId, official, AuditAction.CASE_READ);
        return outbox.ofCase(caseId);
    }
}
