package org.etablering.inquiry.persistence;

import java.util.List;
import java.util.UUID;
import org.etablering.inquiry.InquiryNote;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryNoteRepository extends JpaRepository<InquiryNote, UUID> {

    List<InquiryNote> findByInquiryIdOrderByWrittenAtAsc(UUID inquiryId);
}
