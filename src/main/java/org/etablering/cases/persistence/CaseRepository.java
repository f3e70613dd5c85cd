package org.etablering.cases.persistence;

import java.util.List;
import java.util.UUID;
import org.etablering.cases.Case;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CaseRepository extends JpaRepository<Case, UUID>, JpaSpecificationExecutor<Case> {

    @Query(value = "select nextval('case_number_seq')", nativeQuery = true)
    long nextNumber();

    List<Case> findByParentIdOrderByOpenedAtAsc(UUID parentId);

    List<Case> findByClosedAtIsNullOrderByOpenedAtAsc(org.springframework.data.domain.Pageable page);
}
