package org.etablering.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * One registered document of a case, as officials see it: its number within the case ({@code ETB-2026-000123-4}),
 * when it was registered, its direction, the sender or recipient, a title, and its confidentiality with the ground.
 */
public record RegisterEntryView(UUID id, UUID caseId, String entryNumber, Instant registeredAt, Direction direction,
                                String counterpart, String title, String documentKind, boolean confidential,
                                String legalGround) {
}
