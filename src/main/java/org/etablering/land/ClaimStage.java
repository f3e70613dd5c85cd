package org.etablering.land;

/** How far a case's hold on a parcel has come. */
public enum ClaimStage {
    OFFERED,
    RESERVED,
    ALLOCATED;

    ParcelStatus parcelStatus() {
        return ParcelStatus.valueOf(name());
    }
}
