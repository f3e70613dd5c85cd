package org.etablering.permit;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.etablering.cases.CaseKind;
import org.etablering.cases.CaseStatuses;
import org.springframework.stereotype.Component;

/** Tells the register which stages a permit may be in. */
@Component
class PermitStatuses implements CaseStatuses {

    @Override
    public CaseKind kind() {
        return CaseKind.PERMIT;
    }

    @Override
    public Set<String> names() {
        return Arrays.stream(PermitStatus.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
