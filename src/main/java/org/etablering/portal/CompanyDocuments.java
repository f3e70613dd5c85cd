package org.etablering.portal;

import java.util.UUID;
import org.etablering.cases.CaseDocuments;
import org.etablering.document.DocumentDownload;
import org.etablering.identity.CurrentUser;
import org.etablering.ui.WebPage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The company downloads the decisions and answers issued on its cases, from each case's page. */
@Controller
@WebPage
class CompanyDocuments {

    private final CaseDocuments documents;

    CompanyDocuments(CaseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping({"/portal/cases/{id}/documents/{documentId}", "/portal/permits/{id}/documents/{documentId}",
            "/portal/land/{id}/documents/{documentId}"})
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user) {
        return DocumentDownload.of(documents.download(id, documentId, user));
    }
}
