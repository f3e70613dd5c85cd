package org.etablering.land;

/** Where a land request stands, as the company and the officials see it. */
public enum LandRequestStatus {
    /** Planning looks for a parcel to offer. */
    MATCHING,
    /** A parcel is offered; the company has not answered yet. */
    OFFERED,
    /** The company accepted: it has the exclusive right to negotiate (markanvisning). */
    RESERVED,
    AWAITING_DECISION,
    AWAITING_AGREEMENT,
    ALLOCATED,
    /** No parcel could be offered; the case is closed. */
    NO_PARCEL,
    /** The company withdrew its request before a decision. */
    WITHDRAWN;

    public boolean isClosed() {
        return this == ALLOCATED || this == NO_PARCEL || this == WITHDRAWN;
    }
}
