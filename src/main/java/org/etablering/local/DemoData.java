package org.etablering.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;
import org.etablering.inquiry.InquiryService;
import org.etablering.inquiry.InquirySubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo cases from {@code seeds/} into an empty database, through the same service a company
 * uses, so each one starts its process like a real submission.
 */
@Component
@ConditionalOnProperty(name = "etablering.demo-data.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final InquiryService inquiries;
    private final ObjectMapper json;

    DemoData(InquiryService inquiries, ObjectMapper json) {
        this.inquiries = inquiries;
        this.json = json;
    }

    record Submitter(String username, String municipality, String orgNumber) {
    }

    record DemoInquiry(Submitter submittedBy, InquirySubmission inquiry) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIntoEmptyDatabase() throws IOException {
        if (inquiries.anyExist()) {
            log.info("Demo data not loaded: the database already has cases");
            return;
        }
        List<DemoInquiry> demo;
        try (InputStream in = new ClassPathResource("seeds/demo-inquiries.json").getInputStream()) {
            demo = json.readValue(in, new TypeReference<>() { });
        }
        for (DemoInquiry entry : demo) {
            Submitter who = entry.submittedBy();
            CurrentUser applicant = new CurrentUser("demo-" + who.username(), who.username(),
                    EnumSet.of(Role.APPLICANT), who.municipality(), who.orgNumber());
            // the service's own access rules apply to demo data too: act as the company's representative
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    applicant.username(), null, List.of(new SimpleGrantedAuthority(Role.APPLICANT.authority()))));
            try {
                inquiries.submit(entry.inquiry(), applicant, null);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        log.info("Loaded {} demo inquiries from seeds/demo-inquiries.json", demo.size());
    }
}
