package org.etablering.rules;

import java.util.Map;
import java.util.Set;

/**
 * What the processes need from a decision table: its id, the facts they give it, the outputs they read and, for
 * outputs that name something (a function), the values that exist.
 */
record DecisionContract(String decisionId, String fileName, Set<String> facts, Set<String> outputs,
                        Map<String, Set<String>> allowedValues) {

    /** The routing table the inquiry process calls: which functions an inquiry is handed to, and why. */
    static final DecisionContract ROUTING = new DecisionContract("inquiry-routing", "inquiry-routing.dmn",
            Set.of("needs", "establishmentType", "landAreaSqm", "powerDemandMw"), Set.of("role", "reason"),
            Map.of("role", Set.of("business", "development", "planning")));

    static final java.util.List<DecisionContract> ALL = java.util.List.of(ROUTING);
}
