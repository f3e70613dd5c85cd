package org.etablering.land;

import java.math.BigDecimal;
import java.util.UUID;

/** A parcel's facts as officials search them and as a company sees the parcels offered to it. */
public record ParcelView(UUID id, String designation, String area, int sizeSqm, Zoning zoning, BigDecimal powerMw,
                         boolean waterAndSewer, boolean roadAccess, boolean railAccess, BigDecimal pricePerSqm,
                         String notes, ParcelStatus status) {
}
