package org.etablering.inquiry;

import java.time.Instant;
import java.util.UUID;

public record NoteView(UUID id, String author, String authorRole, Instant writtenAt, String text) {
}
