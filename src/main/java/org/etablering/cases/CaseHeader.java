package org.etablering.cases;

import java.util.Set;
import java.util.UUID;
import org.etablering.municipality.Country;

/**
 * What a new case of any kind starts with: whose it is and what it is about. A child case (a permit or
 * a land request started from an inquiry) takes its parent's contact and confidentiality through
 * {@link CaseRegister#childHeader}.
 */
public record CaseHeader(String municipality, Country country, String companyName, String orgNumber,
                         String contactName, String contactEmail, String contactPhone, String description,
                         boolean confidential, Set<String> functions, String openedBy, UUID parentId) {

    public CaseHeader {
        functions = functions == null ? Set.of() : Set.copyOf(functions);
    }

    /** The same header, opened by this person (a company's own application names who applied). */
    public CaseHeader openedBy(String person) {
        return new CaseHeader(municipality, country, companyName, orgNumber, contactName, contactEmail, contactPhone,
                description, confidential, functions, person, parentId);
    }
}
