package org.etablering.portal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.etablering.inquiry.EstablishmentType;
import org.etablering.inquiry.InquirySubmission;
import org.etablering.inquiry.Need;
import org.etablering.municipality.Country;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An inquiry as the company fills it in on the web, step by step. Each step checks its own fields (the
 * validation groups); the last one hands the whole to the same service the API uses.
 */
public class InquiryDraft {

    /** The steps of the guided form, in order. */
    interface Contact {
    }

    interface Establishment {
    }

    interface Needs {
    }

    static final int STEPS = 3;

    @NotBlank(groups = Contact.class) @Size(max = 200, groups = Contact.class)
    private String companyName;
    @NotBlank(groups = Contact.class) @Size(max = 200, groups = Contact.class)
    private String contactName;
    @NotBlank(groups = Contact.class) @Email(groups = Contact.class) @Size(max = 254, groups = Contact.class)
    private String contactEmail;
    @Size(max = 40, groups = Contact.class) @Pattern(regexp = "^[+0-9 ()-]*$", groups = Contact.class)
    private String contactPhone;

    @NotNull(groups = Establishment.class)
    private EstablishmentType establishmentType;
    @NotBlank(groups = Establishment.class)
    @Pattern(regexp = "^[A-U]?\\d{2}(\\.\\d{1,2}(\\.\\d{1,2})?)?$", groups = Establishment.class)
    private String sector;
    @NotBlank(groups = Establishment.class) @Size(max = 10000, groups = Establishment.class)
    private String description;

    @NotEmpty(groups = Needs.class)
    private Set<Need> needs = EnumSet.noneOf(Need.class);
    @Size(max = 200, groups = Needs.class)
    private String desiredArea;
    @Min(value = 0, groups = Needs.class) @Max(value = 100_000_000, groups = Needs.class)
    private Integer landAreaSqm;
    @DecimalMin(value = "0.0", groups = Needs.class) @DecimalMax(value = "10000.0", groups = Needs.class)
    private BigDecimal powerDemandMw;
    @Min(value = 0, groups = Needs.class) @Max(value = 1_000_000, groups = Needs.class)
    private Integer expectedJobs;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @jakarta.validation.constraints.FutureOrPresent(groups = Needs.class)
    private LocalDate plannedStart;
    private boolean confidential;

    static Class<?> groupOf(int step) {
        return switch (step) {
            case 1 -> Contact.class;
            case 2 -> Establishment.class;
            default -> Needs.class;
        };
    }

    InquirySubmission toSubmission(String orgNumber, Country country) {
        return new InquirySubmission(companyName, orgNumber, country, contactName, contactEmail, blankToNull(contactPhone),
                establishmentType, sector, description, needs, blankToNull(desiredArea), landAreaSqm, powerDemandMw,
                expectedJobs, plannedStart, confidential);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public EstablishmentType getEstablishmentType() { return establishmentType; }
    public void setEstablishmentType(EstablishmentType establishmentType) { this.establishmentType = establishmentType; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Set<Need> getNeeds() { return needs; }
    public void setNeeds(Set<Need> needs) { this.needs = needs == null ? EnumSet.noneOf(Need.class) : needs; }
    public String getDesiredArea() { return desiredArea; }
    public void setDesiredArea(String desiredArea) { this.desiredArea = desiredArea; }
    public Integer getLandAreaSqm() { return landAreaSqm; }
    public void setLandAreaSqm(Integer landAreaSqm) { this.landAreaSqm = landAreaSqm; }
    public BigDecimal getPowerDemandMw() { return powerDemandMw; }
    public void setPowerDemandMw(BigDecimal powerDemandMw) { this.powerDemandMw = powerDemandMw; }
    public Integer getExpectedJobs() { return expectedJobs; }
    public void setExpectedJobs(Integer expectedJobs) { this.expectedJobs = expectedJobs; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean confidential) { this.confidential = confidential; }
}
