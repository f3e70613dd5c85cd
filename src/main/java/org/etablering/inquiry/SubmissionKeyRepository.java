package org.etablering.inquiry;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionKeyRepository extends JpaRepository<SubmissionKey, SubmissionKey.Id> {
}
