package org.etablering.land;

/** What the detailed plan allows on a parcel, as far as establishing a business goes. */
public enum Zoning {
    INDUSTRY,
    BUSINESS,
    MIXED,
    ZONING_IN_PROGRESS,
    NOT_ZONED
}
