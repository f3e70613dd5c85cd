package org.etablering.workflow;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Evaluates a deployed decision table in the engine, to show people what it would decide before the process asks
 * it (e.g. which functions the routing table proposes at triage). The engine may be away: then there is no answer.
 */
@Service
public class Decisions {

    private static final Logger log = LoggerFactory.getLogger(Decisions.class);
    private static final Duration WAIT = Duration.ofSeconds(3);

    private final CamundaClient camunda;

    Decisions(CamundaClient camunda) {
        this.camunda = camunda;
    }

    /** The decision's output as JSON, or empty when the engine cannot answer now. */
    public Optional<String> evaluate(String decisionId, Map<String, Object> variables) {
        try {
            return Optional.ofNullable(camunda.newEvaluateDecisionCommand().decisionId(decisionId).variables(variables)
                    .requestTimeout(WAIT).send().join(WAIT.toSeconds() + 1, java.util.concurrent.TimeUnit.SECONDS)
                    .getDecisionOutput());
        } catch (RuntimeException engineAway) {
            log.info("Decision {} could not be evaluated now: {}", decisionId, EngineAnswer.of(engineAway));
            return Optional.empty();
        }
    }
}
