package org.etablering.land;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.etablering.cases.Case;
import org.etablering.cases.CaseHeader;
import org.etablering.cases.CaseKind;

/**
 * A company's need for land and where its allocation stands. The register's header is the {@link Case}'s;
 * the description is the purpose the land is for. The parcels it was offered are its claims.
 */
@Entity
@Table(name = "land_request")
@DiscriminatorValue(CaseKind.LAND_REQUEST_NAME)
public class LandRequest extends Case {

    @Column(name = "minimum_size_sqm", updatable = false)
    private Integer minimumSizeSqm;

    @Column(name = "preferred_area", updatable = false)
    private String preferredArea;

    @Column(name = "power_mw", updatable = false)
    private BigDecimal powerMw;

    @Column(name = "needs_rail", nullable = false, updatable = false)
    private boolean needsRail;

    protected LandRequest() {
    }

    LandRequest(CaseHeader header, LandNeed need) {
        super(header, LandRequestStatus.MATCHING.name());
        this.minimumSizeSqm = need.minimumSizeSqm();
        this.preferredArea = need.preferredArea() == null || need.preferredArea().isBlank() ? null
                : need.preferredArea().strip();
        this.powerMw = need.powerMw();
        this.needsRail = Boolean.TRUE.equals(need.needsRail());
    }

    @Override
    public CaseKind kind() {
        return CaseKind.LAND_REQUEST;
    }

    /** Moves to a stage; a stage that ends the case is closed through the register. */
    void moveTo(LandRequestStatus next, Instant now) {
        moveStage(next.name(), now);
    }

    public UUID getInquiryId() { return getParentId(); }
    public String getRequestedBy() { return getOpenedBy(); }
    public String getPurpose() { return getDescription(); }
    public Integer getMinimumSizeSqm() { return minimumSizeSqm; }
    public String getPreferredArea() { return preferredArea; }
    public BigDecimal getPowerMw() { return powerMw; }
    public boolean isNeedsRail() { return needsRail; }
    public LandRequestStatus getStatus() { return LandRequestStatus.valueOf(stage()); }
    public Instant getRequestedAt() { return getOpenedAt(); }
}
