package org.etablering.cases.persistence;

import java.util.List;
import java.util.UUID;
import org.etablering.cases.CaseNote;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseNoteRepository extends JpaRepository<CaseNote, UUID> {

    List<CaseNote> findByCaseIdOrderByWrittenAtAsc(UUID caseId);
}
