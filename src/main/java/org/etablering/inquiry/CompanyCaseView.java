package org.etablering.inquiry;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.etablering.clock.ClockView;

/**
 * A case as the company sees it: its inquiry, the stage on a timeline, which functions handle it now,
 * the hand-offs, every clock and the next deadline. No internal notes, no officials' names.
 */
public record CompanyCaseView(
        @JsonUnwrapped InquiryView inquiry,
        List<TimelineEntry> timeline,
        List<String> handledBy,
        List<CompanyHandOffView> handOffs,
        List<ClockView> clocks,
        ClockView nextDeadline) {
}
