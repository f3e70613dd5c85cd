package org.etablering.identity;

import java.util.Arrays;
import java.util.Optional;

/** Keycloak realm roles. The role name doubles as the BPMN candidate group of the tasks it works. */
public enum Role {
    APPLICANT("applicant"),
    FIRST_LINE("first-line"),
    BUSINESS("business"),
    DEVELOPMENT("development"),
    PLANNING("planning"),
    MANAGER("manager"),
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public String authority() {
        return "ROLE_" + roleName;
    }

    /** Officials work cases inside the municipality; applicants and administrators do not. */
    public boolean isOfficial() {
        return this != APPLICANT && this != ADMIN;
    }

    public static Optional<Role> fromName(String name) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(name)).findFirst();
    }
}
