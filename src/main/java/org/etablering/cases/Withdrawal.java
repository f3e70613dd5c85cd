package org.etablering.cases;

import jakarta.validation.constraints.Size;

/** A company's withdrawal of one of its cases before a decision, with an optional reason the officials see. */
public record Withdrawal(@Size(max = 2000) String reason) {

    public static final int REASON_LIMIT = 2000;

    public String reasonOrEmpty() {
        return reason == null ? "" : reason.strip();
    }
}
