package org.etablering.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A permit application and where its review stands. The records that a rejection needs (alternatives
 * tried, the communication, the second review) are rows of their own; the flags here are the measures
 * managers follow: a no was proposed, it became a yes after exploring, it was rejected after
 * communication.
 */
@Entity
@Table(name = "permit")
public class Permit {

    @Id
    private UUID id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "inquiry_id", updatable = false)
    private UUID inquiryId;

    @Column(nullable = false, updatable = false)
    private String municipality;

    @Column(name = "permit_type", nullable = false, updatable = false)
    private String permitType;

    @Column(name = "org_number", nullable = false, updatable = false)
    private String orgNumber;

    @Column(name = "company_name", nullable = false, updatable = false)
    private String companyName;

    @Column(nullable = false, updatable = false)
    private String applicant;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(updatable = false)
    private String site;

    @Column(nullable = false, updatable = false)
    private BigDecimal fee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PermitStatus status;

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

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "complete_at")
    private Instant completeAt;

    @Column(name = "decision_requested_at")
    private Instant decisionRequestedAt;

    @Version
    private Long version;

    protected Permit() {
    }

    Permit(String caseNumber, UUID inquiryId, String municipality, String permitType, String orgNumber,
           String companyName, String applicant, String description, String site, BigDecimal fee, Instant now) {
        this.id = UUID.randomUUID();
        this.caseNumber = caseNumber;
        this.inquiryId = inquiryId;
        this.municipality = municipality;
        this.permitType = permitType;
        this.orgNumber = orgNumber;
        this.companyName = companyName;
        this.applicant = applicant;
        this.description = description;
        this.site = site;
        this.fee = fee;
        this.status = PermitStatus.COMPLETENESS_CHECK;
        this.submittedAt = now;
    }

    /** Moves to a step; false if the case is already there (a step delivered again) or decided. */
    boolean moveTo(PermitStatus next) {
        if (status == next || status == PermitStatus.DECIDED) {
            return false;
        }
        status = next;
        return true;
    }

    void propose(ProposedOutcome outcome, String reasoning, String by, Instant now) {
        officer = by;
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
        return status == PermitStatus.DECIDED;
    }

    public UUID getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public UUID getInquiryId() { return inquiryId; }
    public String getMunicipality() { return municipality; }
    public String getPermitType() { return permitType; }
    public String getOrgNumber() { return orgNumber; }
    public String getCompanyName() { return companyName; }
    public String getApplicant() { return applicant; }
    public String getDescription() { return description; }
    public String getSite() { return site; }
    public BigDecimal getFee() { return fee; }
    public PermitStatus getStatus() { return status; }
    public String getOfficer() { return officer; }
    public ProposedOutcome getProposedOutcome() { return proposedOutcome; }
    public String getProposalReasoning() { return proposalReasoning; }
    public Instant getProposedAt() { return proposedAt; }
    public boolean isProposedNo() { return proposedNo; }
    public boolean isBecameYesAfterExploring() { return becameYesAfterExploring; }
    public boolean isRejectedAfterCommunication() { return rejectedAfterCommunication; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getCompleteAt() { return completeAt; }
    public Instant getDecisionRequestedAt() { return decisionRequestedAt; }
}
