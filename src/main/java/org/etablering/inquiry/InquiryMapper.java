package org.etablering.inquiry;

import java.time.Instant;
import java.util.List;
import org.etablering.cases.CaseEvent;
import org.etablering.cases.CaseNote;
import org.etablering.handoff.HandOff;
import org.etablering.inquiry.Inquiry;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface InquiryMapper {

    /** The company's inquiry: nothing internal. */
    InquiryView toView(Inquiry inquiry);

    NoteView toView(CaseNote note);

    List<NoteView> toNoteViews(List<CaseNote> notes);

    InquirySummary toSummary(Inquiry inquiry);

    InquiryCreated toCreated(Inquiry inquiry);

    TimelineEntry toOfficialEntry(CaseEvent event);

    /** Officials' names stay out of the company's timeline; the company's own name may stay. */
    @Mapping(target = "actor", expression = "java(\"applicant\".equals(event.getRole()) ? event.getActor() : null)")
    @Mapping(target = "internal", ignore = true)
    TimelineEntry toCompanyEntry(CaseEvent event);

    @Mapping(target = "waitingSeconds", expression = "java(handOff.waitingTime(now).toSeconds())")
    @Mapping(target = "state", expression = "java(handOff.getState())")
    HandOffView toView(HandOff handOff, @Context Instant now);

    @Mapping(target = "state", expression = "java(handOff.getState())")
    CompanyHandOffView toCompanyView(HandOff handOff);

}
