package org.etablering.task;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.etablering.identity.OfficialDirectory;
import org.springframework.stereotype.Component;

/** Eligible assignees from Keycloak: candidate groups are role names. */
@Component
class DirectoryAssignees implements EligibleAssignees {

    private final OfficialDirectory directory;

    DirectoryAssignees(OfficialDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Set<String> of(String municipality, Collection<String> candidateGroups) {
        return directory.withAnyRole(municipality, candidateGroups).stream()
                .map(OfficialDirectory.Official::username).collect(Collectors.toSet());
    }
}
