package org.etablering.inquiry;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

@Mapper
interface InquiryDetailsMapper {

    /** Copies what the company supplied; identity, case number and status are the service's to set. */
    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "orgNumber", ignore = true)
    void copyDetails(InquirySubmission submission, @MappingTarget Inquiry inquiry);
}
