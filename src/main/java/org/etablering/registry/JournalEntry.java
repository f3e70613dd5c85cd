package org.etablering.registry;

import java.time.Instant;

/**
 * One line of the public journal: what anyone may see of a register entry. A confidential entry shows neither the
 * company nor the title, only that a document exists and the ground for secrecy; no person's name is ever shown.
 */
public record JournalEntry(String entryNumber, Instant registeredAt, Direction direction, String counterpart,
                           String title, boolean confidential, String legalGround) {
}
