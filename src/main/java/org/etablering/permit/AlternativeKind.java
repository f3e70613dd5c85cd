package org.etablering.permit;

/** Ways to a yes that an officer tries before proposing a no. */
public enum AlternativeKind {
    CONDITIONS,
    ADJUSTED_SCOPE,
    OTHER_LOCATION,
    PHASED_PERMIT
}
