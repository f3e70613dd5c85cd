package org.etablering.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/** The signed-in person as the token describes them. */
public record CurrentUser(String userId, String username, Set<Role> roles, String municipality, String orgNumber) {

    public static CurrentUser from(Jwt jwt) {
        return new CurrentUser(
                jwt.getSubject(),
                jwt.getClaimAsString("preferred_username"),
                rolesOf(jwt),
                jwt.getClaimAsString("municipality"),
                jwt.getClaimAsString("org_number"));
    }

    /** A person signed in to the web pages; roles come from the authorities set at sign-in. */
    public static CurrentUser from(OidcUser user) {
        Set<Role> roles = user.getAuthorities().stream()
                .map(authority -> authority.getAuthority().replaceFirst("^ROLE_", ""))
                .flatMap(name -> Role.fromName(name).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new CurrentUser(user.getSubject(), user.getPreferredUsername(), roles,
                user.getClaimAsString("municipality"), user.getClaimAsString("org_number"));
    }

    static Set<Role> rolesOf(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> names)) {
            return EnumSet.noneOf(Role.class);
        }
        Set<Role> roles = names.stream()
                .map(String::valueOf)
                .flatMap(name -> Role.fromName(name).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isApplicant() {
        return has(Role.APPLICANT);
    }

    public boolean isOfficial() {
        return roles.stream().anyMatch(Role::isOfficial);
    }

    /**
     * The function an official writes in (a note, a message): the first of their official roles by
     * name, so that the same person always signs the same way; the applicant role for a company.
     */
    public String signingRole() {
        return roles.stream().filter(Role::isOfficial).map(Role::roleName).sorted().findFirst()
                .orElse(Role.APPLICANT.roleName());
    }

    /** Role names, which are also the candidate groups whose tasks this user may work. */
    public List<String> candidateGroups() {
        return roles.stream().map(Role::roleName).toList();
    }
}
