package org.etablering.inquiry;

import org.etablering.cases.CaseKind;
import org.etablering.cases.CaseStatuses;
import org.springframework.stereotype.Component;

/** Tells the register which stages an inquiry may be in. */
@Component
class InquiryStatuses extends CaseStatuses {

    InquiryStatuses() {
        super(CaseKind.INQUIRY, InquiryStatus.class);
    }
}
