package org.etablering.cases;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.etablering.cases.persistence.CaseEventRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads a case's timeline. */
@Component
public class CaseTimeline {

    private final CaseEventRepository events;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher published;

    CaseTimeline(CaseEventRepository events, Clock clock, org.springframework.context.ApplicationEventPublisher published) {
        this.events = events;
        this.clock = clock;
        this.published = published;
    }

    /** Something the company may see too. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID caseId, CaseEventKind kind, String role, String actor, String detail) {
        CaseEvent saved = events.save(new CaseEvent(caseId, clock.instant(), kind, role, actor, detail, false));
        published.publishEvent(new CaseEventRecorded(caseId, saved.getId(), kind, role, actor, detail));
    }

    /** Something for officials only. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordInternal(UUID caseId, CaseEventKind kind, String role, String actor, String detail) {
        CaseEvent saved = events.save(new CaseEvent(caseId, clock.instant(), kind, role, actor, detail, true));
        published.publishEvent(new CaseEventRecorded(caseId, saved.getId(), kind, role, actor, detail));
    }

    /** Whether this has happened on the case. */
    @Transactional(readOnly = true)
    public boolean has(UUID caseId, CaseEventKind kind) {
        return events.existsByCaseIdAndKind(caseId, kind);
    }

    /** The case's timeline; the company's version leaves out what is internal. */
    @Transactional(readOnly = true)
    public List<CaseEvent> of(UUID caseId, boolean includeInternal) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId).stream()
                .filter(event -> includeInternal || !event.isInternal())
                .toList();
    }
}
