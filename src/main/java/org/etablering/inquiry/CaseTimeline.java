package org.etablering.inquiry;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.etablering.inquiry.persistence.CaseEventRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads a case's timeline. */
@Component
public class CaseTimeline {

    private final CaseEventRepository events;
    private final Clock clock;

    CaseTimeline(CaseEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Something the company may see too. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID inquiryId, CaseEventKind kind, String role, String actor, String detail) {
        events.save(new CaseEvent(inquiryId, clock.instant(), kind, role, actor, detail, false));
    }

    /** Something for officials only. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordInternal(UUID inquiryId, CaseEventKind kind, String role, String actor, String detail) {
        events.save(new CaseEvent(inquiryId, clock.instant(), kind, role, actor, detail, true));
    }

    List<CaseEvent> of(UUID inquiryId, boolean includeInternal) {
        return events.findByInquiryIdOrderByOccurredAtAscIdAsc(inquiryId).stream()
                .filter(event -> includeInternal || !event.isInternal())
                .toList();
    }
}
