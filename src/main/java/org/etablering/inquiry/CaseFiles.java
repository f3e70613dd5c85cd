package org.etablering.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.etablering.cases.CaseNotes;
import org.etablering.clock.ClockView;
import org.etablering.clock.Clocks;
import org.etablering.handoff.HandOffs;
import org.etablering.identity.CurrentUser;
import org.etablering.inquiry.Inquiry;
import org.etablering.inquiry.InquiryService;
import org.etablering.task.OpenTask;
import org.etablering.task.TaskService;
import org.springframework.stereotype.Component;

/** Puts a case's view together from its parts, each audience seeing what it may. */
@Component
public class CaseFiles {

    private final InquiryService inquiries;
    private final CaseNotes notes;
    private final HandOffs handOffs;
    private final TaskService tasks;
    private final Clocks clocks;
    private final InquiryMapper mapper;
    private final Clock clock;

    CaseFiles(InquiryService inquiries, CaseNotes notes, HandOffs handOffs, TaskService tasks, Clocks clocks, InquiryMapper mapper,
              Clock clock) {
        this.inquiries = inquiries;
        this.notes = notes;
        this.handOffs = handOffs;
        this.tasks = tasks;
        this.clocks = clocks;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The officials' view of an inquiry, for pages that show it beside a task. */
    public OfficialCaseView official(UUID id, CurrentUser official) {
        return (OfficialCaseView) of(id, official);
    }

    /** The company's or the officials' view of the inquiry, as the user may see it. */
    public Object of(UUID id, CurrentUser user) {
        Inquiry inquiry = inquiries.get(id, user);
        List<ClockView> caseClocks = clocks.of(id, inquiry.getMunicipality());
        ClockView next = Clocks.nextDeadline(caseClocks).orElse(null);
        List<OpenTask> open = tasks.openTaskSummaries(id);
        if (user.isApplicant()) {
            return new CompanyCaseView(
                    mapper.toView(inquiry),
                    inquiries.timelineOf(inquiry, user).stream().map(mapper::toCompanyEntry).toList(),
                    open.stream().flatMap(task -> task.candidateGroups().stream()).distinct().sorted().toList(),
                    handOffs.ofCase(id).stream().map(mapper::toCompanyView).toList(),
                    caseClocks, next);
        }
        Instant now = clock.instant();
        return new OfficialCaseView(
                mapper.toView(inquiry),
                inquiry.getSubmittedBy(),
                inquiry.getOwner(),
                inquiry.getFunctions(),
                mapper.toNoteViews(notes.ofVisible(inquiry.getId())),
                inquiries.timelineOf(inquiry, user).stream().map(mapper::toOfficialEntry).toList(),
                open,
                handOffs.ofCase(id).stream().map(handOff -> mapper.toView(handOff, now)).toList(),
                caseClocks, next);
    }
}
