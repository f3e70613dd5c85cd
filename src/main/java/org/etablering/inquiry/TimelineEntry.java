package org.etablering.inquiry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.etablering.cases.CaseEventKind;

/** What happened on the case, when, and in which function ({@code role}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(Instant occurredAt, CaseEventKind kind, String role, String actor, String detail,
                            Boolean internal) {
}
