package org.etablering.task.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The user name of the official who takes over the task; {@code null} puts it back in the queue. */
public record Reassignment(@Size(min = 1, max = 100) @Pattern(regexp = "^[\\p{L}0-9._@-]+$") String assignee) {
}
