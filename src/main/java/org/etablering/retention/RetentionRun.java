package org.etablering.retention;

import java.time.Instant;
import java.util.UUID;

/** One run of the retention job: when, for which moment, and what it erased. */
public record RetentionRun(UUID id, Instant startedAt, Instant finishedAt, Instant at, int cases, int messages,
                           int attachments, int notes, int mails, String caseNumbers) {
}
