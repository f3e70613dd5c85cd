package org.etablering.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Inquiries as the demo companies submit them; each call returns a fresh, changeable map. */
public final class Inquiries {

    private Inquiries() {
    }

    /** A large data centre needing land, permits and power: routed to all three functions. */
    public static Map<String, Object> norrsken() {
        Map<String, Object> inquiry = new HashMap<>();
        inquiry.put("companyName", "Norrsken Data AB");
        inquiry.put("orgNumber", "559900-0006");
        inquiry.put("country", "SE");
        inquiry.put("contactName", "Nora Lindqvist");
        inquiry.put("contactEmail", "nora@norrskendata.example");
        inquiry.put("contactPhone", "+46 63 100 200");
        inquiry.put("establishmentType", "LARGE");
        inquiry.put("sector", "63.11");
        inquiry.put("description", "A data centre with waste heat to the district heating network.");
        inquiry.put("needs", List.of("LAND", "PERMITS"));
        inquiry.put("desiredArea", "Torvalla");
        inquiry.put("landAreaSqm", 60000);
        inquiry.put("powerDemandMw", 40.0);
        inquiry.put("expectedJobs", 45);
        inquiry.put("plannedStart", "2027-09-01");
        inquiry.put("confidential", false);
        return inquiry;
    }

    /** A small establishment with no special needs: routed to the business function alone. */
    public static Map<String, Object> fjallvind() {
        Map<String, Object> inquiry = norrsken();
        inquiry.put("companyName", "Fjällvind Energi AB");
        inquiry.put("orgNumber", "556600-1235");
        inquiry.put("contactEmail", "info@fjallvind.example");
        inquiry.put("establishmentType", "NEW");
        inquiry.put("description", "A service office for wind turbines.");
        inquiry.put("needs", List.of("NETWORK"));
        inquiry.put("landAreaSqm", null);
        inquiry.put("powerDemandMw", null);
        inquiry.put("expectedJobs", 4);
        return inquiry;
    }
}
