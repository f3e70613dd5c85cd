package org.etablering.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.PublishMessageResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Sends outbox messages to the engine, all of a batch at once, and says for each what became of it.
 * Its id doubles as the engine's message id, so a message sent again after a crash is refused as a duplicate,
 * which counts as delivered.
 */
@Component
class EnginePublisher {

    /** Long enough to recognise any retry as a duplicate; the engine refuses a message id it still holds. */
    static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofDays(1);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    enum Delivery { DELIVERED, ENGINE_UNAVAILABLE, REFUSED }

    record Result(Delivery delivery, String error) {
    }

    private final CamundaClient camunda;

    EnginePublisher(CamundaClient camunda) {
        this.camunda = camunda;
    }

    Map<UUID, Result> publish(List<PendingMessage> messages) {
        List<CamundaFuture<PublishMessageResponse>> sent = new ArrayList<>();
        Map<UUID, Result> results = new LinkedHashMap<>();
        for (PendingMessage message : messages) {
            try {
                sent.add(send(message));
            } catch (RuntimeException e) {
                sent.add(null);
                results.put(message.id(), resultOf(e));
            }
        }
        long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
        for (int i = 0; i < messages.size(); i++) {
            CamundaFuture<PublishMessageResponse> answer = sent.get(i);
            if (answer == null) {
                continue;
            }
            try {
                answer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())),
                        TimeUnit.MILLISECONDS);
                results.put(messages.get(i).id(), new Result(Delivery.DELIVERED, null));
            } catch (RuntimeException e) {
                answer.cancel(true);
                results.put(messages.get(i).id(), resultOf(e));
            }
        }
        return results;
    }

    private CamundaFuture<PublishMessageResponse> send(PendingMessage message) {
        return camunda.newPublishMessageCommand()
                .messageName(message.messageName())
                .correlationKey(message.correlationKey())
                .messageId(message.id().toString())
                .timeToLive(MESSAGE_TIME_TO_LIVE)
                .variables(message.variables())
                .send();
    }

    private static Result resultOf(RuntimeException e) {
        return switch (EngineAnswer.of(e)) {
            // published before a crash: the engine already holds it, so it is done
            case ALREADY_EXISTS -> new Result(Delivery.DELIVERED, null);
            case UNAVAILABLE -> new Result(Delivery.ENGINE_UNAVAILABLE, String.valueOf(e.getMessage()));
            default -> new Result(Delivery.REFUSED, String.valueOf(e.getMessage()));
        };
    }
}
