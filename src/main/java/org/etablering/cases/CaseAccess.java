package org.etablering.cases;

import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;

/**
 * Who may see a case, of any kind. Companies see their own company's cases. Officials see their own
 * municipality's cases; a confidential case only its first-line owner (any first-line official until
 * someone owns it, so that it can be triaged), the functions it has been handed to, and managers.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static boolean canSee(Case theCase, CurrentUser user) {
        if (!theCase.getMunicipality().equals(user.municipality())) {
            return false;
        }
        if (user.isApplicant()) {
            return OrganisationNumber.parse(theCase.getCountry(), theCase.getOrgNumber())
                    .map(number -> number.sameAs(user.orgNumber()))
                    .orElse(false);
        }
        if (!user.isOfficial()) {
            return false;
        }
        if (!theCase.isConfidential() || user.has(Role.MANAGER)) {
            return true;
        }
        if (user.has(Role.FIRST_LINE)
                && (theCase.getOwner() == null || theCase.getOwner().equals(user.username()))) {
            return true;
        }
        return user.roles().stream()
                .filter(role -> role != Role.FIRST_LINE)
                .anyMatch(role -> theCase.getFunctions().contains(role.roleName()));
    }
}
