package org.etablering.workflow;

import java.util.Map;
import java.util.UUID;

/** An outbox message claimed for publishing. */
record PendingMessage(UUID id, String messageName, String correlationKey, Map<String, Object> variables,
                      int attempts) {
}
