package org.etablering.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;
import org.etablering.municipality.Country;
import org.junit.jupiter.api.Test;

class CaseAccessTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void companiesSeeOnlyTheirOwnCompanysCases() {
        Case norrsken = inquiry(false);
        assertThat(CaseAccess.canSee(norrsken, applicant("559900-0006"))).isTrue();
        assertThat(CaseAccess.canSee(norrsken, applicant("5599000006"))).as("written without hyphen").isTrue();
        assertThat(CaseAccess.canSee(norrsken, applicant("556600-1235"))).isFalse();
        assertThat(CaseAccess.canSee(norrsken, applicant(null))).isFalse();
    }

    @Test
    void officialsSeeOnlyTheirOwnMunicipality() {
        Case open = inquiry(false);
        assertThat(CaseAccess.canSee(open, user("bo", Role.BUSINESS, "ostersund"))).isTrue();
        assertThat(CaseAccess.canSee(open, user("ola", Role.FIRST_LINE, "lillestrom"))).isFalse();
        assertThat(CaseAccess.canSee(open, user("kari", Role.MANAGER, "lillestrom"))).isFalse();
        assertThat(CaseAccess.canSee(open, user("adam", Role.ADMIN, "ostersund"))).as("administrators work no cases").isFalse();
    }

    @Test
    void aConfidentialCaseIsForItsOwnerItsFunctionsAndManagers() {
        Case secret = inquiry(true);
        CurrentUser anna = user("anna", Role.FIRST_LINE, "ostersund");
        CurrentUser eva = user("eva", Role.FIRST_LINE, "ostersund");
        CurrentUser bo = user("bo", Role.BUSINESS, "ostersund");
        CurrentUser per = user("per", Role.PLANNING, "ostersund");

        assertThat(CaseAccess.canSee(secret, eva)).as("unowned: any first-line official, to triage it").isTrue();
        assertThat(CaseAccess.canSee(secret, bo)).as("not handed to business yet").isFalse();

        secret.assignOwner("anna", NOW);
        secret.handedTo(Set.of("business"));

        assertThat(CaseAccess.canSee(secret, anna)).isTrue();
        assertThat(CaseAccess.canSee(secret, eva)).as("another first-line official").isFalse();
        assertThat(CaseAccess.canSee(secret, bo)).isTrue();
        assertThat(CaseAccess.canSee(secret, per)).isFalse();
        assertThat(CaseAccess.canSee(secret, user("maria", Role.MANAGER, "ostersund"))).isTrue();
        assertThat(CaseAccess.canSee(secret, applicant("559900-0006"))).as("the company itself").isTrue();
    }

    private static Case inquiry(boolean confidential) {
        Case inquiry = new SomeCase(new CaseHeader("ostersund", Country.SE, "Norrsken Data AB", "559900-0006", null, null,
                null, "A data centre", confidential, Set.of(), "applicant", null));
        inquiry.register("ETB-2026-000001", NOW);
        return inquiry;
    }

    /** Access does not depend on the kind of case. */
    private static final class SomeCase extends Case {
        SomeCase(CaseHeader header) {
            super(header, "SUBMITTED");
        }

        @Override
        public CaseKind kind() {
            return CaseKind.INQUIRY;
        }
    }

    private static CurrentUser applicant(String orgNumber) {
        return new CurrentUser("id", "applicant", EnumSet.of(Role.APPLICANT), "ostersund", orgNumber);
    }

    private static CurrentUser user(String username, Role role, String municipality) {
        return new CurrentUser(username + "-id", username, EnumSet.of(role), municipality, null);
    }
}
