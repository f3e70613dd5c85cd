package org.etablering.land;

/** Why a hold on a parcel ended and the parcel went back to the inventory. */
public enum ClaimEnd {
    DECLINED,
    OFFER_LAPSED,
    RESERVATION_EXPIRED,
    NEGOTIATION_FAILED,
    REFUSED,
    /** The company withdrew its request. */
    WITHDRAWN
}
