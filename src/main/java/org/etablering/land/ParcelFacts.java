package org.etablering.land;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What the inventory knows about a parcel, as an administrator enters it or a CSV row carries it. */
public record ParcelFacts(
        @NotBlank @Size(max = 100) String designation,
        @NotBlank @Size(max = 100) String area,
        @NotNull @Min(1) @Max(100_000_000) Integer sizeSqm,
        @NotNull Zoning zoning,
        @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 6, fraction = 2) BigDecimal powerMw,
        @NotNull Boolean waterAndSewer,
        @NotNull Boolean roadAccess,
        @NotNull Boolean railAccess,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 8, fraction = 2) BigDecimal pricePerSqm,
        @Size(max = 2000) String notes) {
}
