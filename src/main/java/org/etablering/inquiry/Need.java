package org.etablering.inquiry;

/** What a company asks the municipality for; routing to functions is decided from these. */
public enum Need {
    LAND, PREMISES, PERMITS, RECRUITMENT, FINANCING, NETWORK, EVENTS
}
