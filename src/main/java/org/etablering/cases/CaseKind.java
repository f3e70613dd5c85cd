package org.etablering.cases;

/** The kinds of case in the register, each with its own details and its own number prefix. */
public enum CaseKind {
    INQUIRY("ETB", "/api/v1/inquiries/"),
    PERMIT("PRM", "/api/v1/permits/"),
    LAND_REQUEST("LND", "/api/v1/land-requests/");

    /** The discriminator values JPA writes, as constants for {@code @DiscriminatorValue}. */
    public static final String INQUIRY_NAME = "INQUIRY";
    public static final String PERMIT_NAME = "PERMIT";
    public static final String LAND_REQUEST_NAME = "LAND_REQUEST";

    private final String prefix;
    private final String resource;

    CaseKind(String prefix, String resource) {
        this.prefix = prefix;
        this.resource = resource;
    }

    public String prefix() {
        return prefix;
    }

    /** Where the kind's own resource, with its own actions, lives in the API. */
    public String resourcePath(java.util.UUID id) {
        return resource + id;
    }
}
