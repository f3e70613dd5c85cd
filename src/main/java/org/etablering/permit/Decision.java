package org.etablering.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The decision on a permit: outcome, legal basis, reasoning, conditions, how to appeal, by whom and when. */
@Entity
@Table(name = "permit_decision")
public class Decision {

    @Id
    @Column(name = "permit_id")
    private UUID permitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DecisionOutcome outcome;

    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;

    @Column(nullable = false, updatable = false)
    private String reasoning;

    @Column(updatable = false)
    private String conditions;

    @Column(nullable = false, updatable = false)
    private String appeal;

    @Column(name = "decided_by", nullable = false, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected Decision() {
    }

    Decision(UUID permitId, DecisionOutcome outcome, String legalBasis, String reasoning, String conditions,
             String appeal, String decidedBy, Instant decidedAt) {
        this.permitId = permitId;
        this.outcome = outcome;
        this.legalBasis = legalBasis;
        this.reasoning = reasoning;
        this.conditions = conditions;
        this.appeal = appeal;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public DecisionOutcome getOutcome() { return outcome; }
    public String getLegalBasis() { return legalBasis; }
    public String getReasoning() { return reasoning; }
    public String getConditions() { return conditions; }
    public String getAppeal() { return appeal; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
