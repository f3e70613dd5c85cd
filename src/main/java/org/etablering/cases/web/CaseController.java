package org.etablering.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.etablering.audit.AuditEntryView;
import org.etablering.audit.AuditMapper;
import org.etablering.cases.CaseDetail;
import org.etablering.cases.CaseDetails;
import org.etablering.cases.CaseDocuments;
import org.etablering.cases.CaseKind;
import org.etablering.cases.CasePage;
import org.etablering.cases.CaseQuery;
import org.etablering.cases.CaseRegister;
import org.etablering.cases.CaseSearch;
import org.etablering.cases.CaseSort;
import org.etablering.document.DocumentDownload;
import org.etablering.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case register over every kind of case. The kinds' own resources ({@code /inquiries},
 * {@code /permits}, {@code /land-requests}) keep their own actions.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

    private final CaseSearch search;
    private final CaseRegister register;
    private final CaseDetails details;
    private final AuditMapper auditMapper;
    private final CaseDocuments documents;

    CaseController(CaseSearch search, CaseRegister register, CaseDetails details, AuditMapper auditMapper,
                   CaseDocuments documents) {
        this.documents = documents;
        this.search = search;
        this.register = register;
        this.details = details;
        this.auditMapper = auditMapper;
    }

    @GetMapping
    CasePage list(@RequestParam(required = false) CaseKind kind,
                  @RequestParam(required = false) String status,
                  @RequestParam(required = false) Boolean open,
                  @RequestParam(required = false) String q,
                  @RequestParam(required = false) String owner,
                  @RequestParam(required = false) Boolean confidential,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedFrom,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedTo,
                  @RequestParam(defaultValue = "OPENED") CaseSort sort,
                  @RequestParam(defaultValue = "" + CaseQuery.DEFAULT_LIMIT) int limit,
                  @RequestParam(required = false) String cursor,
                  @RequestParam(required = false) String function,
                  @RequestParam(required = false) Boolean overdue,
                  CurrentUser user) {
        return search.find(new CaseQuery(kind, status, open, q, owner, confidential, openedFrom, openedTo, sort, limit,
                cursor, function, overdue), user);
    }

    @GetMapping("/{id}")
    CaseDetail get(@PathVariable UUID id, CurrentUser user) {
        return details.of(id, user);
    }

    /** The case's documents: issued decisions and answers, and the files sent with its messages. */
    @GetMapping("/{id}/documents")
    List<CaseDocuments.Entry> documents(@PathVariable UUID id, CurrentUser user) {
        return documents.of(id, user);
    }

    /** An issued decision or answer as the PDF/A that was issued. */
    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user) {
        return DocumentDownload.of(documents.download(id, documentId, user));
    }

    @GetMapping("/{id}/audit")
    List<AuditEntryView> audit(@PathVariable UUID id, CurrentUser user) {
        return register.auditOf(id, user).stream().map(auditMapper::toView).toList();
    }
}
