package org.etablering.task;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

@Component
class CamundaTaskEngine implements TaskEngine {

    private final CamundaClient camunda;

    CamundaTaskEngine(CamundaClient camunda) {
        this.camunda = camunda;
    }

    @Override
    public Outcome completeJob(long jobKey, Map<String, Object> variables) {
        try {
            camunda.newCompleteCommand(jobKey).variables(variables).send()
                    .join(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            return Outcome.COMPLETED;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return Outcome.JOB_GONE;
            }
            throw e;
        }
    }

    @Override
    public boolean stillWaiting(long jobKey) {
        try {
            camunda.newUpdateTimeoutCommand(jobKey).timeout(UserTaskWorker.LOCK).send()
                    .join(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}
