package org.etablering.inquiry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.identity.CurrentUser;
import org.etablering.workflow.Decisions;
import org.springframework.stereotype.Service;

/**
 * The functions the routing table ({@code bpmn/inquiry-routing.dmn}) proposes for an inquiry, with its reasons, so
 * that first-line sees them at triage and may add or remove one. Empty when the engine cannot answer now.
 */
@Service
public class RoutingProposal {

    static final String DECISION = "inquiry-routing";

    /** A function the table proposes, with every reason it gave, as the process will hand it off. */
    public record ProposedFunction(String role, String reason) {
    }

    private final InquiryService inquiries;
    private final Decisions decisions;
    private final ObjectMapper json;

    RoutingProposal(InquiryService inquiries, Decisions decisions, ObjectMapper json) {
        this.inquiries = inquiries;
        this.decisions = decisions;
        this.json = json;
    }

    public Optional<List<ProposedFunction>> of(UUID inquiryId, CurrentUser official) {
        Inquiry inquiry = inquiries.visible(inquiryId, official, AuditAction.INQUIRY_READ);
        Map<String, Object> facts = new HashMap<>();
        facts.put("establishmentType", inquiry.getEstablishmentType().name());
        facts.put("needs", inquiry.getNeeds().stream().map(Enum::name).sorted().toList());
        facts.put("landAreaSqm", inquiry.getLandAreaSqm());
        facts.put("powerDemandMw", inquiry.getPowerDemandMw());
        return decisions.evaluate(DECISION, facts).flatMap(this::read);
    }

    private Optional<List<ProposedFunction>> read(String output) {
        try {
            Map<String, List<String>> reasons = new LinkedHashMap<>();
            for (JsonNode row : json.readTree(output)) {
                reasons.computeIfAbsent(row.path("role").asText(), role -> new ArrayList<>())
                        .add(row.path("reason").asText());
            }
            return Optional.of(reasons.entrySet().stream()
                    .map(entry -> new ProposedFunction(entry.getKey(), String.join("; ", entry.getValue()))).toList());
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }
}
