package org.etablering.statistics;

import java.time.LocalDate;

/**
 * One closed case for SKR's Insikt survey: the authority area, the case number, the decision date, the company and
 * the contact person the survey writes to. Nothing more of the case leaves the municipality.
 */
public record InsiktRow(String authorityArea, String caseNumber, LocalDate decisionDate, String companyName,
                        String orgNumber, String contactName, String contactEmail, String contactPhone) {

    /** The columns, in the order of the case list the survey contractor asks for. */
    public static final java.util.List<String> COLUMNS = java.util.List.of("Myndighetsområde", "Ärendenummer",
            "Beslutsdatum", "Företagets namn", "Organisationsnummer", "Kontaktperson", "E-postadress", "Telefonnummer");

    public java.util.List<String> cells() {
        return java.util.List.of(authorityArea, caseNumber, decisionDate.toString(), companyName, orgNumber,
                contactName == null ? "" : contactName, contactEmail == null ? "" : contactEmail,
                contactPhone == null ? "" : contactPhone);
    }
}
