package org.etablering.cases;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.cases.persistence.CaseNoteRepository;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.OfficialsOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officials' internal notes on a case of any kind; companies never see them. */
@Service
public class CaseNotes {

    private final CaseRegister register;
    private final CaseNoteRepository notes;
    private final AuditTrail audit;
    private final Clock clock;

    CaseNotes(CaseRegister register, CaseNoteRepository notes, AuditTrail audit, Clock clock) {
        this.register = register;
        this.notes = notes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @OfficialsOnly
    public CaseNote add(UUID caseId, NewNote note, CurrentUser official) {
        Case theCase = register.visible(caseId, official, AuditAction.NOTE_ADDED);
        CaseNote saved = notes.save(new CaseNote(theCase.getId(), official.username(), official.signingRole(),
                note.text(), clock.instant()));
        audit.allowed(official, AuditAction.NOTE_ADDED, theCase.getId(), null);
        return saved;
    }

    @Transactional
    @OfficialsOnly
    public List<CaseNote> of(UUID caseId, CurrentUser official) {
        register.read(Case.class, caseId, official, AuditAction.NOTES_READ);
        return notes.findByCaseIdOrderByWrittenAtAsc(caseId);
    }

    /** The notes of a case the caller has already been let see (and whose reading was audited then). */
    @Transactional(readOnly = true)
    @OfficialsOnly
    public List<CaseNote> ofVisible(UUID caseId) {
        return notes.findByCaseIdOrderByWrittenAtAsc(caseId);
    }
}
