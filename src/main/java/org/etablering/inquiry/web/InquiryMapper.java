package org.etablering.inquiry.web;

import org.etablering.inquiry.Inquiry;
import org.mapstruct.Mapper;

@Mapper
public interface InquiryMapper {

    InquiryView toView(Inquiry inquiry);

    InquirySummary toSummary(Inquiry inquiry);

    InquiryCreated toCreated(Inquiry inquiry);
}
