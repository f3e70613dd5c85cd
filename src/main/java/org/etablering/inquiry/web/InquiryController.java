package org.etablering.inquiry.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.inquiry.Inquiry;
import org.etablering.inquiry.InquiryService;
import org.etablering.inquiry.InquirySubmission;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inquiries")
class InquiryController {

    private final InquiryService inquiries;
    private final InquiryMapper mapper;

    InquiryController(InquiryService inquiries, InquiryMapper mapper) {
        this.inquiries = inquiries;
        this.mapper = mapper;
    }

    @PostMapping
    ResponseEntity<InquiryCreated> submit(@Valid @RequestBody InquirySubmission submission, CurrentUser user) {
        Inquiry inquiry = inquiries.submit(submission, user);
        return ResponseEntity.created(URI.create("/api/v1/inquiries/" + inquiry.getId()))
                .body(mapper.toCreated(inquiry));
    }

    @GetMapping
    List<InquirySummary> list(CurrentUser user) {
        return inquiries.visibleTo(user).stream().map(mapper::toSummary).toList();
    }

    @GetMapping("/{id}")
    InquiryView get(@PathVariable UUID id, CurrentUser user) {
        return mapper.toView(inquiries.get(id, user));
    }
}
