package org.etablering.land;

/** The manager's or political body's decision on allocating the reserved parcel. */
public enum AllocationDecision {
    APPROVED,
    REFUSED
}
