package org.etablering.inquiry.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Set;

/**
 * A case as officials see it: everything the company sees, plus who submitted it, who owns it, which
 * functions it has been handed to and the internal notes.
 */
public record OfficialInquiryView(
        @JsonUnwrapped InquiryView inquiry,
        String submittedBy,
        String owner,
        Set<String> functions,
        List<NoteView> notes) {
}
