package org.etablering.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models in {@code bpmn/} once the application is up, trying again with growing pauses while the
 * engine is slow or away, so that start-up never fails for want of the engine. Until the models are deployed
 * the application is not ready ({@code /actuator/health/readiness} is DOWN). The engine keeps a new version of
 * a model only when it changed. A decision table goes in as the version in service ({@link DecisionTableSource}).
 */
@Component("processModelsDeployed")
class ModelDeployment implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);
    private static final String[] MODELS = {"classpath*:/bpmn/*.bpmn", "classpath*:/bpmn/*.dmn"};
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final CamundaClient camunda;
    private final ApplicationEventPublisher events;
    private final java.util.List<DecisionTableSource> decisionTables;
    private volatile boolean deployed;
    private volatile String lastError = "not tried yet";

    ModelDeployment(CamundaClient camunda, ApplicationEventPublisher events,
                    java.util.List<DecisionTableSource> decisionTables) {
        this.camunda = camunda;
        this.events = events;
        this.decisionTables = decisionTables;
    }

    /** The models are in the engine; the engine can be asked about them and their processes. */
    public record ModelsDeployed() {
    }

    @EventListener(ApplicationReadyEvent.class)
    void deployInTheBackground() {
        Thread.ofVirtual().name("model-deployment").start(this::deployUntilDone);
    }

    void deployUntilDone() {
        Duration pause = Duration.ofSeconds(1);
        while (!deployed) {
            try {
                deploy();
                deployed = true;
                log.info("Process models deployed");
                events.publishEvent(new ModelsDeployed());
            } catch (RuntimeException e) {
                lastError = String.valueOf(e.getMessage());
                log.warn("Could not deploy the process models yet, trying again in {}: {}", pause, lastError);
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void deploy() {
        Resource[] models = models();
        DeployResourceCommandStep1 command = camunda.newDeployResourceCommand();
        DeployResourceCommandStep1.DeployResourceCommandStep2 withModels = null;
        for (Resource model : models) {
            try (InputStream in = model.getInputStream()) {
                byte[] content = in.readAllBytes();
                if (model.getFilename() != null && model.getFilename().endsWith(".dmn")) {
                    for (DecisionTableSource source : decisionTables) {
                        content = source.inService(model.getFilename(), content);
                    }
                }
                withModels = (withModels == null ? command : withModels).addResourceBytes(content,
                        model.getFilename());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (withModels == null) {
            throw new IllegalStateException("No process models on the class path");
        }
        io.camunda.client.api.response.DeploymentEvent deployment = withModels.send().join(30, TimeUnit.SECONDS);
        for (io.camunda.client.api.response.Decision decision : deployment.getDecisions()) {
            decisionTables.forEach(source -> source.deployed(decision.getDmnDecisionId(), decision.getVersion(),
                    decision.getDecisionKey()));
        }
    }

    private static Resource[] models() {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            java.util.List<Resource> all = new java.util.ArrayList<>();
            for (String pattern : MODELS) {
                all.addAll(java.util.List.of(resolver.getResources(pattern)));
            }
            return all.toArray(Resource[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean deployed() {
        return deployed;
    }

    @Override
    public Health health() {
        return deployed ? Health.up().build() : Health.down().withDetail("waitingFor", lastError).build();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
