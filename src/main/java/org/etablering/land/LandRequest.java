package org.etablering.land;

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

/** A company's need for land and where its allocation stands. The parcels it was offered are its claims. */
@Entity
@Table(name = "land_request")
public class LandRequest {

    @Id
    private UUID id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "inquiry_id", updatable = false)
    private UUID inquiryId;

    @Column(nullable = false, updatable = false)
    private String municipality;

    @Column(name = "org_number", nullable = false, updatable = false)
    private String orgNumber;

    @Column(name = "company_name", nullable = false, updatable = false)
    private String companyName;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Column(name = "minimum_size_sqm", updatable = false)
    private Integer minimumSizeSqm;

    @Column(name = "preferred_area", updatable = false)
    private String preferredArea;

    @Column(name = "power_mw", updatable = false)
    private BigDecimal powerMw;

    @Column(name = "needs_rail", nullable = false, updatable = false)
    private boolean needsRail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LandRequestStatus status;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected LandRequest() {
    }

    LandRequest(String caseNumber, UUID inquiryId, String municipality, String orgNumber, String companyName,
                String requestedBy, LandNeed need, Instant now) {
        this.id = UUID.randomUUID();
        this.caseNumber = caseNumber;
        this.inquiryId = inquiryId;
        this.municipality = municipality;
        this.orgNumber = orgNumber;
        this.companyName = companyName;
        this.requestedBy = requestedBy;
        this.purpose = need.purpose().strip();
        this.minimumSizeSqm = need.minimumSizeSqm();
        this.preferredArea = need.preferredArea() == null || need.preferredArea().isBlank() ? null
                : need.preferredArea().strip();
        this.powerMw = need.powerMw();
        this.needsRail = Boolean.TRUE.equals(need.needsRail());
        this.status = LandRequestStatus.MATCHING;
        this.requestedAt = now;
    }

    void moveTo(LandRequestStatus next, Instant now) {
        this.status = next;
        this.closedAt = next.isClosed() ? now : null;
    }

    public UUID getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public UUID getInquiryId() { return inquiryId; }
    public String getMunicipality() { return municipality; }
    public String getOrgNumber() { return orgNumber; }
    public String getCompanyName() { return companyName; }
    public String getRequestedBy() { return requestedBy; }
    public String getPurpose() { return purpose; }
    public Integer getMinimumSizeSqm() { return minimumSizeSqm; }
    public String getPreferredArea() { return preferredArea; }
    public BigDecimal getPowerMw() { return powerMw; }
    public boolean isNeedsRail() { return needsRail; }
    public LandRequestStatus getStatus() { return status; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getClosedAt() { return closedAt; }
}
