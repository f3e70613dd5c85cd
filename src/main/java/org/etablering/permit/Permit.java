package org.etablering.permit;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.etablering.cases.Case;
import org.etablering.cases.CaseHeader;
import org.etablering.cases.CaseKind;

/**
 * A permit application and where its review stands. The records that a rejection needs (alternatives
 * tried, the communication, the second review) are rows of their own; the flags here are the measures
 * managers follow: a no was proposed, it became a yes after exploring, it was rejected after
 * communication.
 */
@Entity
@Table(name = "permit")
@DiscriminatorValue(CaseKind.PERMIT_NAME)
public class Permit extends Case {

    @Column(name = "permit_type", nullable = false, updatable = false)
    private String permitType;

    @Column(updatable = false)
    private String site;

    @Column(nullable = false, updatable = false)
    private BigDecimal fee;

    /** The case officer: who assessed the application. */
    private String officer;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_outcome")
    private ProposedOutcome proposedOutcome;

    @Column(name = "proposal_reasoning")
    private String proposalReasoning;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "proposed_no", nullable = false)
    private boolean proposedNo;

    @Column(name = "became_yes_after_exploring", nullable = false)
    private boolean becameYesAfterExploring;

    @Column(name = "rejected_after_communication", nullable = false)
    private boolean rejectedAfterCommunication;

    @Column(name = "complete_at")
    private Instant completeAt;

    @Column(name = "decision_requested_at")
    private Instant decisionRequestedAt;

    protected Permit() {
    }

    Permit(CaseHeader header, String permitType, String site, BigDecimal fee) {
        super(header, PermitStatus.COMPLETENESS_CHECK.name());
        this.permitType = permitType;
        this.site = site;
        this.fee = fee;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.PERMIT;
    }

    /** Moves to a step; false if the case is already there (a step delivered again) or decided. */
    boolean moveTo(PermitStatus next, Instant now) {
        if (getStatus() == PermitStatus.DECIDED || getStatus() == PermitStatus.WITHDRAWN) {
            return false;
        }
        return moveStage(next.name(), now);
    }

    void propose(ProposedOutcome outcome, String reasoning, String by, Instant now) {
        officer = by;
        assignOwner(by, now);
        proposedOutcome = outcome;
        proposalReasoning = reasoning;
        proposedAt = now;
        if (outcome == ProposedOutcome.REJECT) {
            proposedNo = true;
        }
    }

    void becameYesAfterExploring() {
        becameYesAfterExploring = true;
    }

    void rejectedAfterCommunication() {
        rejectedAfterCommunication = true;
    }

    void complete(Instant now) {
        completeAt = now;
    }

    void decisionRequested(Instant now) {
        decisionRequestedAt = now;
    }

    public boolean isDecided() {
        return getStatus() == PermitStatus.DECIDED;
    }

    public PermitStatus getStatus() { return PermitStatus.valueOf(stage()); }
    public UUID getInquiryId() { return getParentId(); }
    public String getPermitType() { return permitType; }
    public String getApplicant() { return getOpenedBy(); }
    public String getSite() { return site; }
    public BigDecimal getFee() { return fee; }
    public String getOfficer() { return officer; }
    public ProposedOutcome getProposedOutcome() { return proposedOutcome; }
    public String getProposalReasoning() { return proposalReasoning; }
    public Instant getProposedAt() { return proposedAt; }
    public boolean isProposedNo() { return proposedNo; }
    public boolean isBecameYesAfterExploring() { return becameYesAfterExploring; }
    public boolean isRejectedAfterCommunication() { return rejectedAfterCommunication; }
    public Instant getSubmittedAt() { return getOpenedAt(); }
    public Instant getCompleteAt() { return completeAt; }
    public Instant getDecisionRequestedAt() { return decisionRequestedAt; }
}
