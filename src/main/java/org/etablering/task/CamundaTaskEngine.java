package org.etablering.task;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.etablering.workflow.EngineAnswer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
class CamundaTaskEngine implements TaskEngine {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    private final CamundaClient camunda;
    private final Duration jobLock;

    CamundaTaskEngine(CamundaClient camunda, @Value("${etablering.tasks.job-lock:PT10M}") Duration jobLock) {
        this.camunda = camunda;
        this.jobLock = jobLock;
    }

    @Override
    public Outcome completeJob(long jobKey, Map<String, Object> variables) {
        try {
            camunda.newCompleteCommand(jobKey).variables(variables).send()
                    .join(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            return Outcome.COMPLETED;
        } catch (RuntimeException e) {
            if (EngineAnswer.isNotFound(e)) {
                return Outcome.JOB_GONE;
            }
            throw e;
        }
    }

    @Override
    public long restartAt(String processId, List<String> elementIds, Map<String, Object> variables) {
        var command = camunda.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables);
        for (String elementId : elementIds) {
            command = command.startBeforeElement(elementId);
        }
        return command.send().join(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS).getProcessInstanceKey();
    }

    @Override
    public boolean stillWaiting(long jobKey) {
        try {
            camunda.newUpdateTimeoutCommand(jobKey).timeout(jobLock).send()
                    .join(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (RuntimeException e) {
            if (EngineAnswer.isNotFound(e)) {
                return false;
            }
            throw e;
        }
    }
}
