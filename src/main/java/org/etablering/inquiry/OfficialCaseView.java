package org.etablering.inquiry;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Set;
import org.etablering.clock.ClockView;
import org.etablering.task.OpenTask;

/**
 * A case as officials see it: everything the company sees, plus who submitted and owns it, the functions
 * it was handed to, the internal notes and timeline entries, the open tasks and the full hand-offs.
 */
public record OfficialCaseView(
        @JsonUnwrapped InquiryView inquiry,
        String submittedBy,
        String owner,
        Set<String> functions,
        List<NoteView> notes,
        List<TimelineEntry> timeline,
        List<OpenTask> openTasks,
        List<HandOffView> handOffs,
        List<ClockView> clocks,
        ClockView nextDeadline) {
}
