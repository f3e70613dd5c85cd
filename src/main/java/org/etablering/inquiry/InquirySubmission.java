package org.etablering.inquiry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.etablering.municipality.Country;

/** What a company submits when it asks for help to establish itself. Field names are the API contract (DESIGN.md §5). */
@ValidOrganisationNumber
public record InquirySubmission(
        @NotBlank @Size(max = 200) String companyName,
        @NotBlank @Size(max = 20) String orgNumber,
        @NotNull Country country,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Size(max = 40) @Pattern(regexp = "^[+0-9 ()-]*$", message = "may contain only digits, spaces, +, ( ) and -") String contactPhone,
        @NotNull EstablishmentType establishmentType,
        @NotBlank @Pattern(regexp = "^[A-U]?\\d{2}(\\.\\d{1,2}(\\.\\d{1,2})?)?$", message = "must be a NACE code such as 62.01 or J62.01") String sector,
        @NotBlank @Size(max = 10000) String description,
        @NotNull @Size(max = 7) Set<Need> needs,
        @Size(max = 200) String desiredArea,
        @Min(0) @Max(100_000_000) Integer landAreaSqm,
        @DecimalMin("0") @DecimalMax("10000") BigDecimal powerDemandMw,
        @Min(0) @Max(1_000_000) Integer expectedJobs,
        LocalDate plannedStart,
        boolean confidential) {
}
