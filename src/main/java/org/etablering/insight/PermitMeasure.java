package org.etablering.insight;

/** The permit figures of the dashboard, each the condition that picks the permits behind it. */
public enum PermitMeasure {
    MISSED("""
            exists (select 1 from case_clock c where c.case_id = p.id and c.kind = 'PERMIT_DECISION'
                    and c.stopped_at is null and c.paused_at is null and c.due_at < :now)"""),
    AT_RISK("""
            exists (select 1 from case_clock c where c.case_id = p.id and c.kind = 'PERMIT_DECISION'
                    and c.stopped_at is null and c.paused_at is null and c.due_at >= :now and c.due_at < :soon)"""),
    PROPOSED_NO("p.proposed_no"),
    BECAME_YES("p.became_yes_after_exploring"),
    REJECTED_AFTER_COMMUNICATION("p.rejected_after_communication");

    private final String condition;

    PermitMeasure(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }
}
