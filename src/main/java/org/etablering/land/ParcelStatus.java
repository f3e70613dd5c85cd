package org.etablering.land;

/** Where a parcel stands. Offered, reserved and allocated follow the parcel's one open claim. */
public enum ParcelStatus {
    AVAILABLE,
    OFFERED,
    RESERVED,
    ALLOCATED,
    SOLD,
    /** No longer part of the inventory, e.g. taken for other use; kept for the history of its cases. */
    RETIRED;

    /** A parcel in one of these states belongs to a case and may not be changed into another's. */
    public boolean isHeld() {
        return this == OFFERED || this == RESERVED || this == ALLOCATED;
    }
}
