package org.etablering.inquiry.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.etablering.audit.AuditEntryView;
import org.etablering.audit.AuditMapper;
import org.etablering.cases.CaseNotes;
import org.etablering.cases.CaseRegister;
import org.etablering.cases.NewNote;
import org.etablering.identity.CurrentUser;
import org.etablering.inquiry.CaseFiles;
import org.etablering.inquiry.CompanyCaseView;
import org.etablering.inquiry.Inquiry;
import org.etablering.inquiry.InquiryCreated;
import org.etablering.inquiry.InquiryMapper;
import org.etablering.inquiry.InquiryService;
import org.etablering.inquiry.InquirySubmission;
import org.etablering.inquiry.InquirySummary;
import org.etablering.inquiry.NoteView;
import org.etablering.inquiry.OfficialCaseView;
import org.etablering.inquiry.Submitted;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inquiries")
class InquiryController {

    private final InquiryService inquiries;
    private final CaseFiles caseFiles;
    private final CaseRegister register;
    private final CaseNotes notes;
    private final InquiryMapper mapper;
    private final AuditMapper auditMapper;

    InquiryController(InquiryService inquiries, CaseFiles caseFiles, CaseRegister register, CaseNotes notes, InquiryMapper mapper, AuditMapper auditMapper) {
        this.inquiries = inquiries;
        this.caseFiles = caseFiles;
        this.register = register;
        this.notes = notes;
        this.mapper = mapper;
        this.auditMapper = auditMapper;
    }

    /**
     * Submits an inquiry. With an {@code Idempotency-Key} header, sending the same request again (after a
     * lost response, say) returns the case the first one created, marked {@code Idempotent-Replayed: true}.
     */
    @PostMapping
    ResponseEntity<InquiryCreated> submit(@Valid @RequestBody InquirySubmission submission,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                          CurrentUser user) {
        Submitted submitted = inquiries.submit(submission, user, idempotencyKey);
        Inquiry inquiry = submitted.inquiry();
        return ResponseEntity.created(URI.create("/api/v1/inquiries/" + inquiry.getId()))
                .header("Idempotent-Replayed", Boolean.toString(submitted.repeated()))
                .body(mapper.toCreated(inquiry));
    }

    @GetMapping
    List<InquirySummary> list(CurrentUser user) {
        return inquiries.visibleTo(user).stream().map(mapper::toSummary).toList();
    }

    /** Companies get their view of the case; officials also get the internal part. */
    @GetMapping("/{id}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(
            oneOf = {CompanyCaseView.class, OfficialCaseView.class})))
    Object get(@PathVariable UUID id, CurrentUser user) {
        return caseFiles.of(id, user);
    }

    @GetMapping("/{id}/audit")
    List<AuditEntryView> audit(@PathVariable UUID id, CurrentUser user) {
        return register.auditOf(id, user).stream().map(auditMapper::toView).toList();
    }

    @GetMapping("/{id}/notes")
    List<NoteView> notes(@PathVariable UUID id, CurrentUser user) {
        return mapper.toNoteViews(notes.of(id, user));
    }

    @PostMapping("/{id}/notes")
    ResponseEntity<NoteView> addNote(@PathVariable UUID id, @Valid @RequestBody NewNote note, CurrentUser user) {
        NoteView saved = mapper.toView(notes.add(id, note, user));
        return ResponseEntity.created(URI.create("/api/v1/inquiries/" + id + "/notes")).body(saved);
    }

    /** First-line closes the case early with an outcome and a reason; the process then ends its open work. */
    @PostMapping("/{id}/close")
    ResponseEntity<Void> close(@PathVariable UUID id, @RequestBody InquiryService.EarlyClose close, CurrentUser user) {
        inquiries.closeEarly(id, close, user);
        return ResponseEntity.accepted().build();
    }

    /** The company withdraws its inquiry; the process ends its open work and closes it as withdrawn. */
    @PostMapping("/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable UUID id,
                                  @jakarta.validation.Valid @RequestBody(required = false) org.etablering.cases.Withdrawal withdrawal,
                                  CurrentUser user) {
        inquiries.withdraw(id, withdrawal == null ? null : withdrawal.reasonOrEmpty(), user);
        return ResponseEntity.accepted().build();
    }
}
