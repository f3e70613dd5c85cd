package org.etablering.inquiry;

import java.time.Instant;
import org.etablering.handoff.HandOff;

/** A hand-off as the company sees it: which function, and how far it has come. */
public record CompanyHandOffView(String toRole, HandOff.State state, Instant requestedAt, Instant acceptedAt,
                                 Instant completedAt) {
}
