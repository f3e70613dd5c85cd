package org.etablering.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.impl.NoopCredentialsProvider;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.support.CamundaRestStub;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The outbox understands the engine's answers whichever protocol the client speaks. */
class EnginePublisherProtocolTest {

    private static PendingMessage message() {
        return new PendingMessage(UUID.randomUUID(), "inquiry-submitted", "case-1", Map.of("caseId", "case-1"), 0);
    }

    @Nested
    class OverRest {

        private EnginePublisher.Delivery deliveryWhenTheGateway(java.util.function.Consumer<CamundaRestStub> answers) {
            try (CamundaRestStub gateway = new CamundaRestStub(); CamundaClient client = gateway.client()) {
                answers.accept(gateway);
                PendingMessage message = message();
                EnginePublisher.Delivery delivery = new EnginePublisher(client).publish(List.of(message))
                        .get(message.id()).delivery();
                assertThat(gateway.requests()).contains("POST /v2/messages/publication");
                return delivery;
            }
        }

        @Test
        void aPublishedMessageIsDelivered() {
            assertThat(deliveryWhenTheGateway(gateway -> gateway.answer(200, "{\"messageKey\":\"2251799813685249\","
                    + "\"tenantId\":\"<default>\"}"))).isEqualTo(EnginePublisher.Delivery.DELIVERED);
        }

        @Test
        void aMessageIdTheEngineAlreadyHoldsCountsAsDeliveredAndIsNotSentForever() {
            assertThat(deliveryWhenTheGateway(gateway -> gateway.refuse(409, "ALREADY_EXISTS")))
                    .isEqualTo(EnginePublisher.Delivery.DELIVERED);
        }

        @Test
        void anOverloadedOrAbsentEngineIsAPassingState() {
            assertThat(deliveryWhenTheGateway(gateway -> gateway.refuse(503, "UNAVAILABLE")))
                    .isEqualTo(EnginePublisher.Delivery.ENGINE_UNAVAILABLE);
            assertThat(deliveryWhenTheGateway(gateway -> gateway.refuse(429, "RESOURCE_EXHAUSTED")))
                    .isEqualTo(EnginePublisher.Delivery.ENGINE_UNAVAILABLE);
        }

        @Test
        void anInvalidMessageIsRefused() {
            assertThat(deliveryWhenTheGateway(gateway -> gateway.refuse(400, "INVALID_ARGUMENT")))
                    .isEqualTo(EnginePublisher.Delivery.REFUSED);
        }
    }

    @Nested
    class OverGrpc {

        @Test
        void aMessageIdTheEngineAlreadyHoldsCountsAsDeliveredAndAnAbsentEngineAsUnavailable() throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            ZeebeTestEngine engine = EngineFactory.create(port);
            engine.start();
            try (CamundaClient client = CamundaClient.newClientBuilder()
                    .grpcAddress(URI.create("http://localhost:" + port)).restAddress(URI.create("http://localhost:1"))
                    .preferRestOverGrpc(false).credentialsProvider(new NoopCredentialsProvider()).build()) {
                EnginePublisher publisher = new EnginePublisher(client);
                PendingMessage message = message();
                assertThat(publisher.publish(List.of(message)).get(message.id()).delivery())
                        .isEqualTo(EnginePublisher.Delivery.DELIVERED);
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.newPublishMessageCommand()
                                .messageName(message.messageName()).correlationKey(message.correlationKey())
                                .messageId(message.id().toString()).send().join())
                        .as("the engine refuses the same message id")
                        .satisfies(refusal -> assertThat(EngineAnswer.of(refusal)).isEqualTo(EngineAnswer.ALREADY_EXISTS));
                assertThat(publisher.publish(List.of(message)).get(message.id()).delivery())
                        .as("the same message id again").isEqualTo(EnginePublisher.Delivery.DELIVERED);
                engine.stop();
                assertThat(publisher.publish(List.of(message())).values())
                        .extracting(EnginePublisher.Result::delivery)
                        .containsExactly(EnginePublisher.Delivery.ENGINE_UNAVAILABLE);
            } finally {
                try {
                    engine.stop();
                } catch (RuntimeException stoppedByTheTest) {
                    // the engine was stopped on purpose above
                }
            }
        }
    }
}
