package org.etablering.permit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A company's application for a permit; it may refer to the company's own establishment inquiry. */
public record PermitApplication(
        @NotBlank @Size(max = 50) String permitType,
        @NotBlank @Size(max = 200) String companyName,
        @NotBlank @Size(max = 5000) String description,
        @Size(max = 300) String site,
        UUID inquiryId) {
}
