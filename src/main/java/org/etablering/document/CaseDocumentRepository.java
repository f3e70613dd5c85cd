package org.etablering.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, UUID> {

    Optional<CaseDocument> findByCaseIdAndKindAndReference(UUID caseId, DocumentKind kind, String reference);

    List<CaseDocument> findByCaseIdOrderByIssuedAtAsc(UUID caseId);

    Optional<CaseDocument> findByIdAndCaseId(UUID id, UUID caseId);
}
