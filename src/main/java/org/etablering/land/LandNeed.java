package org.etablering.land;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** What a company asks for: the land it needs for what purpose, and the inquiry it belongs to if any. */
public record LandNeed(
        @NotBlank @Size(max = 200) String companyName,
        @NotBlank @Size(max = 5000) String purpose,
        @Min(1) @Max(100_000_000) Integer minimumSizeSqm,
        @Size(max = 100) String preferredArea,
        @DecimalMin("0") @DecimalMax("10000") BigDecimal powerMw,
        Boolean needsRail,
        UUID inquiryId) {
}
