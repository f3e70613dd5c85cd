package org.etablering.workflow;

import java.util.UUID;

/** A case's process has ended: nothing on it waits for anyone any more. */
public record CaseClosed(UUID caseId) {
}
