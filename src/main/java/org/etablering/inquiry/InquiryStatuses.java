package org.etablering.inquiry;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.etablering.cases.CaseKind;
import org.etablering.cases.CaseStatuses;
import org.springframework.stereotype.Component;

/** Tells the register which stages an inquiry may be in. */
@Component
class InquiryStatuses implements CaseStatuses {

    @Override
    public CaseKind kind() {
        return CaseKind.INQUIRY;
    }

    @Override
    public Set<String> names() {
        return Arrays.stream(InquiryStatus.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
