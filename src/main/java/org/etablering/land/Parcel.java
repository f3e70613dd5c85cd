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
import org.etablering.problem.ConflictException;

/**
 * A parcel of industrial or business land in a municipality's inventory. Its status mirrors its open
 * claim; the claim table, not this status, is what the database uses to keep a parcel to one case.
 */
@Entity
@Table(name = "parcel")
public class Parcel {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String municipality;

    @Column(nullable = false)
    private String designation;

    @Column(nullable = false)
    private String area;

    @Column(name = "size_sqm", nullable = false)
    private int sizeSqm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Zoning zoning;

    @Column(name = "power_mw", nullable = false)
    private BigDecimal powerMw;

    @Column(name = "water_and_sewer", nullable = false)
    private boolean waterAndSewer;

    @Column(name = "road_access", nullable = false)
    private boolean roadAccess;

    @Column(name = "rail_access", nullable = false)
    private boolean railAccess;

    @Column(name = "price_per_sqm", nullable = false)
    private BigDecimal pricePerSqm;

    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParcelStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Parcel() {
    }

    public Parcel(String municipality, ParcelFacts facts, Instant now) {
        this.id = UUID.randomUUID();
        this.municipality = municipality;
        this.status = ParcelStatus.AVAILABLE;
        this.createdAt = now;
        describe(facts, now);
    }

    /** New facts about the parcel; its status is not among them. */
    public void describe(ParcelFacts facts, Instant now) {
        this.designation = facts.designation().strip();
        this.area = facts.area().strip();
        this.sizeSqm = facts.sizeSqm();
        this.zoning = facts.zoning();
        this.powerMw = facts.powerMw();
        this.waterAndSewer = facts.waterAndSewer();
        this.roadAccess = facts.roadAccess();
        this.railAccess = facts.railAccess();
        this.pricePerSqm = facts.pricePerSqm();
        this.notes = facts.notes() == null || facts.notes().isBlank() ? null : facts.notes().strip();
        this.updatedAt = now;
    }

    void held(ParcelStatus stage, Instant now) {
        this.status = stage;
        this.updatedAt = now;
    }

    void released(Instant now) {
        this.status = ParcelStatus.AVAILABLE;
        this.updatedAt = now;
    }

    /** Taken out of the inventory; a parcel that a case holds must first be released by that case. */
    void retire(Instant now) {
        if (status.isHeld()) {
            throw new ConflictException("parcel-in-use");
        }
        this.status = ParcelStatus.RETIRED;
        this.updatedAt = now;
    }

    /** The allocated parcel's purchase is completed; it leaves the inventory of land to offer. */
    void sold(Instant now) {
        if (status != ParcelStatus.ALLOCATED) {
            throw new ConflictException("parcel-not-allocated");
        }
        this.status = ParcelStatus.SOLD;
        this.updatedAt = now;
    }

    public boolean isAvailable() {
        return status == ParcelStatus.AVAILABLE;
    }

    public UUID getId() { return id; }
    public String getMunicipality() { return municipality; }
    public String getDesignation() { return designation; }
    public String getArea() { return area; }
    public int getSizeSqm() { return sizeSqm; }
    public Zoning getZoning() { return zoning; }
    public BigDecimal getPowerMw() { return powerMw; }
    public boolean isWaterAndSewer() { return waterAndSewer; }
    public boolean isRoadAccess() { return roadAccess; }
    public boolean isRailAccess() { return railAccess; }
    public BigDecimal getPricePerSqm() { return pricePerSqm; }
    public String getNotes() { return notes; }
    public ParcelStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
