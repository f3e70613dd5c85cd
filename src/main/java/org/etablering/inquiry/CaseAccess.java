package org.etablering.inquiry;

import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;

/**
 * Who may see a case. Companies see their own company's cases. Officials see their own municipality's
 * cases; a confidential case only its first-line owner (any first-line official until someone owns it,
 * so that it can be triaged), the functions it has been handed to, and managers.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    static boolean canSee(Inquiry inquiry, CurrentUser user) {
        if (!inquiry.getMunicipality().equals(user.municipality())) {
            return false;
        }
        if (user.isApplicant()) {
            return OrganisationNumber.parse(inquiry.getCountry(), inquiry.getOrgNumber())
                    .map(number -> number.sameAs(user.orgNumber()))
                    .orElse(false);
        }
        if (!user.isOfficial()) {
            return false;
        }
        if (!inquiry.isConfidential() || user.has(Role.MANAGER)) {
            return true;
        }
        if (user.has(Role.FIRST_LINE)
                && (inquiry.getOwner() == null || inquiry.getOwner().equals(user.username()))) {
            return true;
        }
        return user.roles().stream()
                .filter(role -> role != Role.FIRST_LINE)
                .anyMatch(role -> inquiry.getFunctions().contains(role.roleName()));
    }
}
