package org.etablering.inquiry;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.etablering.municipality.Country;

/** A company's establishment inquiry: the case that the first-line service owns from receipt to outcome. */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    @Id
    private UUID id;

    @Column(name = "case_number", nullable = false, unique = true, updatable = false)
    private String caseNumber;

    @Column(nullable = false, updatable = false)
    private String municipality;

    @Column(name = "org_number", nullable = false)
    private String orgNumber;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Country country;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "establishment_type", nullable = false)
    private EstablishmentType establishmentType;

    @Column(nullable = false)
    private String sector;

    @Column(nullable = false)
    private String description;

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

    @Column(nullable = false)
    private boolean confidential;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InquiryStatus status;

    /** The first-line official who owns the case, once one has taken a first-line task on it. */
    private String owner;

    /** The functions (role names) the case has been handed to. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inquiry_function", joinColumns = @JoinColumn(name = "inquiry_id"))
    @Column(name = "function")
    private Set<String> functions = new java.util.TreeSet<>();

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Inquiry() {
    }

    /** Registers a newly received inquiry; the details are filled in by the caller before saving. */
    void receive(String caseNumber, String municipality, String submittedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.caseNumber = caseNumber;
        this.municipality = municipality;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
        this.updatedAt = now;
        this.status = InquiryStatus.SUBMITTED;
    }

    /** Moves the case to the stage the process has reached; re-delivered steps change nothing. */
    boolean moveTo(InquiryStatus next, Instant now) {
        if (status == next) {
            return false;
        }
        status = next;
        updatedAt = now;
        return true;
    }

    /** Closes the case with its outcome; closing again changes nothing. */
    boolean close(Outcome how, Instant now) {
        if (status == InquiryStatus.CLOSED) {
            return false;
        }
        status = InquiryStatus.CLOSED;
        outcome = how;
        closedAt = now;
        updatedAt = now;
        return true;
    }

    /** Returns whether the case's owner changed. */
    boolean assignOwner(String firstLineOfficial, Instant now) {
        if (firstLineOfficial == null || firstLineOfficial.equals(owner)) {
            return false;
        }
        owner = firstLineOfficial;
        updatedAt = now;
        return true;
    }

    void handedTo(Set<String> roleNames) {
        functions.addAll(roleNames);
    }

    public UUID getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getMunicipality() { return municipality; }
    public String getOrgNumber() { return orgNumber; }
    public String getCompanyName() { return companyName; }
    public Country getCountry() { return country; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public EstablishmentType getEstablishmentType() { return establishmentType; }
    public String getSector() { return sector; }
    public String getDescription() { return description; }
    public Set<Need> getNeeds() { return needs; }
    public String getDesiredArea() { return desiredArea; }
    public Integer getLandAreaSqm() { return landAreaSqm; }
    public BigDecimal getPowerDemandMw() { return powerDemandMw; }
    public Integer getExpectedJobs() { return expectedJobs; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public boolean isConfidential() { return confidential; }
    public InquiryStatus getStatus() { return status; }
    public String getOwner() { return owner; }
    public Set<String> getFunctions() { return functions; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Outcome getOutcome() { return outcome; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    // Setters for the company-supplied details, used by the mapper when an inquiry is received.
    public void setOrgNumber(String orgNumber) { this.orgNumber = orgNumber; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public void setCountry(Country country) { this.country = country; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public void setEstablishmentType(EstablishmentType establishmentType) { this.establishmentType = establishmentType; }
    public void setSector(String sector) { this.sector = sector; }
    public void setDescription(String description) { this.description = description; }
    public void setNeeds(Set<Need> needs) { this.needs = needs == null || needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs); }
    public void setDesiredArea(String desiredArea) { this.desiredArea = desiredArea; }
    public void setLandAreaSqm(Integer landAreaSqm) { this.landAreaSqm = landAreaSqm; }
    public void setPowerDemandMw(BigDecimal powerDemandMw) { this.powerDemandMw = powerDemandMw; }
    public void setExpectedJobs(Integer expectedJobs) { this.expectedJobs = expectedJobs; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public void setConfidential(boolean confidential) { this.confidential = confidential; }
}
