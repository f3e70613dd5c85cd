package org.etablering.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;
import org.etablering.inquiry.InquiryService;
import org.etablering.inquiry.InquirySubmission;
import org.etablering.land.ParcelImportReport;
import org.etablering.land.ParcelInventory;
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

    /** Each demo municipality's land inventory, in the CSV format an administrator imports. */
    private static final Map<String, String> PARCELS = Map.of(
            "ostersund", "seeds/parcels-ostersund.csv",
            "lillestrom", "seeds/parcels-lillestrom.csv");

    private final InquiryService inquiries;
    private final ParcelInventory parcels;
    private final ObjectMapper json;

    DemoData(InquiryService inquiries, ParcelInventory parcels, ObjectMapper json) {
        this.inquiries = inquiries;
        this.parcels = parcels;
        this.json = json;
    }

    record Submitter(String username, String municipality, String orgNumber) {
    }

    record DemoInquiry(Submitter submittedBy, InquirySubmission inquiry) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIntoEmptyDatabase() throws IOException {
        for (Map.Entry<String, String> inventory : PARCELS.entrySet()) {
            String csv = new ClassPathResource(inventory.getValue()).getContentAsString(StandardCharsets.UTF_8);
            ParcelImportReport report = parcels.loadDemo(inventory.getKey(), csv);
            if (!report.rejected().isEmpty()) {
                throw new IllegalStateException(inventory.getValue() + " has rejected rows: " + report.rejected());
            }
            log.info("Loaded {} demo parcels for {} from {}", report.created(), inventory.getKey(), inventory.getValue());
        }
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
