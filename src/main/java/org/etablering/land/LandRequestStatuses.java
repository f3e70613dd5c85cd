package org.etablering.land;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.etablering.cases.CaseKind;
import org.etablering.cases.CaseStatuses;
import org.springframework.stereotype.Component;

/** Tells the register which stages a land request may be in. */
@Component
class LandRequestStatuses implements CaseStatuses {

    @Override
    public CaseKind kind() {
        return CaseKind.LAND_REQUEST;
    }

    @Override
    public Set<String> names() {
        return Arrays.stream(LandRequestStatus.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
