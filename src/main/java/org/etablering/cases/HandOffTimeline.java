package org.etablering.cases;

import org.etablering.handoff.HandOffEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the case's timeline what happens to its hand-offs; an escalation is for officials only. */
@Component
class HandOffTimeline {

    private final CaseTimeline timeline;

    HandOffTimeline(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    @EventListener
    void requested(HandOffEvents.Requested event) {
        timeline.record(event.caseId(), CaseEventKind.HANDED_OFF, event.role(), null, event.reason());
    }

    @EventListener
    void accepted(HandOffEvents.Accepted event) {
        timeline.record(event.caseId(), CaseEventKind.HANDOFF_ACCEPTED, event.role(), event.by(), null);
    }

    @EventListener
    void escalated(HandOffEvents.Escalated event) {
        timeline.recordInternal(event.caseId(), CaseEventKind.HANDOFF_ESCALATED, event.role(), null, null);
    }

    @EventListener
    void sentBack(HandOffEvents.SentBack event) {
        timeline.recordInternal(event.caseId(), CaseEventKind.HANDOFF_SENT_BACK, event.role(), event.by(), event.reason());
    }

    @EventListener
    void completed(HandOffEvents.Completed event) {
        timeline.record(event.caseId(), CaseEventKind.HANDOFF_COMPLETED, event.role(), event.by(), event.followUp());
    }
}
