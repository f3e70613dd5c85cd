package org.etablering.inquiry.web;

import java.util.List;
import org.etablering.inquiry.Inquiry;
import org.etablering.inquiry.InquiryNote;
import org.mapstruct.Mapper;

@Mapper
public interface InquiryMapper {

    /** The company's view: nothing internal. */
    InquiryView toView(Inquiry inquiry);

    OfficialInquiryView toOfficialView(Inquiry inquiry, List<NoteView> notes);

    NoteView toView(InquiryNote note);

    List<NoteView> toNoteViews(List<InquiryNote> notes);

    InquirySummary toSummary(Inquiry inquiry);

    InquiryCreated toCreated(Inquiry inquiry);
}
