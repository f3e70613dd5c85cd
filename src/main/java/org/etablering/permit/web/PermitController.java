package org.etablering.permit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.permit.Permit;
import org.etablering.permit.PermitActions;
import org.etablering.permit.PermitApplication;
import org.etablering.permit.PermitCaseFiles;
import org.etablering.permit.PermitCaseView;
import org.etablering.permit.PermitService;
import org.etablering.permit.PermitStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Permit applications: the applicant applies and answers; officials read and manage the statutory clock. */
@RestController
@RequestMapping("/api/v1/permits")
class PermitController {

    record PermitSummary(UUID id, String caseNumber, String permitType, String companyName, PermitStatus status,
                         Instant submittedAt) {
    }

    /** What the applicant writes: the missing information, or a reply to a draft decision. */
    /** A reply to a draft adverse decision: words, or that there is nothing to add (then the words may be left out). */
    record DraftReply(@Size(max = 10000) String text, Boolean nothingToAdd) {
    }

    record ApplicantText(@NotBlank @Size(max = 20_000) String text) {
    }

    record Extension(@NotNull @Min(1) @Max(52) Integer weeks, @NotBlank @Size(max = 2000) String reason) {
    }

    private final PermitService permits;
    private final PermitActions actions;
    private final PermitCaseFiles files;

    PermitController(PermitService permits, PermitActions actions, PermitCaseFiles files) {
        this.permits = permits;
        this.actions = actions;
        this.files = files;
    }

    @PostMapping
    ResponseEntity<PermitCaseView> apply(@Valid @RequestBody PermitApplication application, CurrentUser user) {
        Permit permit = permits.apply(application, user);
        return ResponseEntity.created(URI.create("/api/v1/permits/" + permit.getId())).body(files.of(permit.getId(), user));
    }

    @GetMapping
    List<PermitSummary> list(CurrentUser user) {
        return permits.visibleTo(user).stream().map(p -> new PermitSummary(p.getId(), p.getCaseNumber(),
                p.getPermitType(), p.getCompanyName(), p.getStatus(), p.getSubmittedAt())).toList();
    }

    @GetMapping("/{id}")
    PermitCaseView get(@PathVariable UUID id, CurrentUser user) {
        return files.of(id, user);
    }

    @PostMapping("/{id}/completion")
    PermitCaseView complete(@PathVariable UUID id, @Valid @RequestBody ApplicantText completion, CurrentUser user) {
        actions.complete(id, completion.text(), user);
        return files.of(id, user);
    }

    @PostMapping("/{id}/reply")
    PermitCaseView reply(@PathVariable UUID id, @Valid @RequestBody DraftReply reply, CurrentUser user) {
        actions.reply(id, reply.text(), Boolean.TRUE.equals(reply.nothingToAdd()), user);
        return files.of(id, user);
    }

    /** Förvaltningslagen 12 §: the applicant asks for a decision in a case older than six months. */
    @PostMapping("/{id}/request-decision")
    PermitCaseView requestDecision(@PathVariable UUID id, CurrentUser user) {
        actions.requestDecision(id, user);
        return files.of(id, user);
    }

    @PostMapping("/{id}/clock/extension")
    PermitCaseView extend(@PathVariable UUID id, @Valid @RequestBody Extension extension, CurrentUser user) {
        actions.extend(id, extension.weeks(), extension.reason(), user);
        return files.of(id, user);
    }

    /** The applicant withdraws the application before a decision; the process closes it as withdrawn. */
    @PostMapping("/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable UUID id,
                                  @Valid @RequestBody(required = false) org.etablering.cases.Withdrawal withdrawal,
                                  CurrentUser user) {
        actions.withdraw(id, withdrawal == null ? null : withdrawal.reasonOrEmpty(), user);
        return ResponseEntity.accepted().build();
    }

    /** The applicant asked the municipality to wait: the statutory clock pauses. */
    @PostMapping("/{id}/clock/pause")
    PermitCaseView pause(@PathVariable UUID id, CurrentUser user) {
        actions.pause(id, user);
        return files.of(id, user);
    }

    @PostMapping("/{id}/clock/resume")
    PermitCaseView resume(@PathVariable UUID id, CurrentUser user) {
        actions.resume(id, user);
        return files.of(id, user);
    }
}
