package org.etablering.inquiry.web;

import java.util.List;
import org.etablering.inquiry.Inquiry;
import org.etablering.inquiry.InquiryNote;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface InquiryMapper {

    /** The company's view: nothing internal. */
    InquiryView toView(Inquiry inquiry);

    @Mapping(target = "inquiry", source = "inquiry")
    @Mapping(target = "submittedBy", source = "inquiry.submittedBy")
    @Mapping(target = "owner", source = "inquiry.owner")
    @Mapping(target = "functions", source = "inquiry.functions")
    OfficialInquiryView toOfficialView(Inquiry inquiry, List<NoteView> notes);

    NoteView toView(InquiryNote note);

    List<NoteView> toNoteViews(List<InquiryNote> notes);

    InquirySummary toSummary(Inquiry inquiry);

    InquiryCreated toCreated(Inquiry inquiry);
}
