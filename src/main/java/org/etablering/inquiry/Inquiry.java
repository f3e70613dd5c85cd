package org.etablering.inquiry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.etablering.cases.Case;
import org.etablering.cases.CaseHeader;
import org.etablering.cases.CaseKind;

/**
 * A company's establishment inquiry: the case that the first-line service owns from receipt to outcome.
 * The register's header (company, contact, confidentiality, owner, …) is the {@link Case}'s; these are
 * the inquiry's own details.
 */
@Entity
@Table(name = "inquiry")
@DiscriminatorValue(CaseKind.INQUIRY_NAME)
public class Inquiry extends Case {

    @Enumerated(EnumType.STRING)
    @Column(name = "establishment_type", nullable = false)
    private EstablishmentType establishmentType;

    @Column(nullable = false)
    private String sector;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inquiry_need", joinColumns = @JoinColumn(name = "inquiry_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need")
    private Set<Need> needs = EnumSet.noneOf(Need.class);

    @Column(name = "desired_area")
    private String desiredArea;

    @Column(name = "land_area_sqm")
    private Integer landAreaSqm;

    @Column(name = "power_demand_mw")
    private BigDecimal powerDemandMw;

    @Column(name = "expected_jobs")
    private Integer expectedJobs;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    protected Inquiry() {
    }

    /** A newly received inquiry; the details are filled in by the caller before the register opens it. */
    Inquiry(CaseHeader header) {
        super(header, InquiryStatus.SUBMITTED.name());
    }

    @Override
    public CaseKind kind() {
        return CaseKind.INQUIRY;
    }

    /** Moves the case to the stage the process has reached; re-delivered steps change nothing. */
    boolean moveTo(InquiryStatus next, Instant now) {
        return moveStage(next.name(), now);
    }

    public InquiryStatus getStatus() { return InquiryStatus.valueOf(stage()); }
    public Outcome getOutcome() { return getOutcomeName() == null ? null : Outcome.valueOf(getOutcomeName()); }
    public String getSubmittedBy() { return getOpenedBy(); }
    public Instant getSubmittedAt() { return getOpenedAt(); }
    public EstablishmentType getEstablishmentType() { return establishmentType; }
    public String getSector() { return sector; }
    public Set<Need> getNeeds() { return needs; }
    public String getDesiredArea() { return desiredArea; }
    public Integer getLandAreaSqm() { return landAreaSqm; }
    public BigDecimal getPowerDemandMw() { return powerDemandMw; }
    public Integer getExpectedJobs() { return expectedJobs; }
    public LocalDate getPlannedStart() { return plannedStart; }

    // Setters for the company-supplied details, used by the mapper when an inquiry is received.
    public void setEstablishmentType(EstablishmentType establishmentType) { this.establishmentType = establishmentType; }
    public void setSector(String sector) { this.sector = sector; }
    public void setNeeds(Set<Need> needs) { this.needs = needs == null || needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs); }
    public void setDesiredArea(String desiredArea) { this.desiredArea = desiredArea; }
    public void setLandAreaSqm(Integer landAreaSqm) { this.landAreaSqm = landAreaSqm; }
    public void setPowerDemandMw(BigDecimal powerDemandMw) { this.powerDemandMw = powerDemandMw; }
    public void setExpectedJobs(Integer expectedJobs) { this.expectedJobs = expectedJobs; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
}
