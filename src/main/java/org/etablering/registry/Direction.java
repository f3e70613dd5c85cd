package org.etablering.registry;

/** Whether a registered document came in to the municipality, went out, or was drawn up for its own work. */
public enum Direction {
    IN, OUT, INTERNAL
}
