package org.etablering.cases;

import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;

/**
 * Who may see a case, of any kind. Companies see their own company's cases. Officials see their own
 * municipality's cases; a confidential case only its first-line owner (any first-line official until
 * someone owns it, so that it can be triaged), the functions it has been handed to, and managers. A case
 * started from another (a permit or land request from an inquiry) is never open to every first-line official:
 * its first-line owner is its own or, while it has none, that of the case it was started from.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** For a case that was not started from another; for one that was, see {@link #canSee(Case, Case, CurrentUser)}. */
    public static boolean canSee(Case theCase, CurrentUser user) {
        return canSee(theCase, null, user);
    }

    /** @param parent the case this one was started from, or null if none */
    public static boolean canSee(Case theCase, Case parent, CurrentUser user) {
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
        if (user.has(Role.FIRST_LINE)) {
            boolean child = theCase.getParentId() != null;
            String owner = theCase.getOwner() != null || !child || parent == null ? theCase.getOwner() : parent.getOwner();
            if (owner == null ? !child : owner.equals(user.username())) {
                return true;
            }
        }
        return user.roles().stream()
                .filter(role -> role != Role.FIRST_LINE)
                .anyMatch(role -> theCase.getFunctions().contains(role.roleName()));
    }
}
