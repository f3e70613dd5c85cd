package org.etablering.support;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the process tests: one in-memory engine for the whole test class, with the models deployed
 * once. After each test every process instance it left running is cancelled, so the next test starts
 * with no open job, timer or subscription. The engine's clock only moves forward, so tests take "now"
 * from {@link ProcessDriver#now()}, not from the wall clock.
 */
public abstract class ProcessEngineTest {

    protected static ZeebeTestEngine engine;
    protected static ZeebeClient client;
    protected static ProcessDriver driver;

    @BeforeAll
    static void startEngine() {
        engine = EngineFactory.create();
        engine.start();
        client = engine.createClient();
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
        driver = new ProcessDriver(client, engine);
        driver.deployModels();
    }

    @AfterEach
    void cancelWhatTheTestLeftRunning() {
        driver.idle();
        Set<Long> ended = new HashSet<>();
        Set<Long> started = new HashSet<>();
        StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).processInstanceRecords().spliterator(), false)
                .filter(record -> record.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
                .filter(record -> record.getValue().getParentProcessInstanceKey() < 0)
                .forEach(record -> collect(record, started, ended));
        started.removeAll(ended);
        started.forEach(key -> {
            try {
                client.newCancelInstanceCommand(key).send().join();
            } catch (RuntimeException alreadyGone) {
                // ended while we looked
            }
        });
        driver.idle();
    }

    private static void collect(Record<ProcessInstanceRecordValue> record, Set<Long> started, Set<Long> ended) {
        if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
            started.add(record.getKey());
        } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                || record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
            ended.add(record.getKey());
        }
    }

    @AfterAll
    static void stopEngine() {
        client.close();
        engine.stop();
        BpmnAssert.resetRecordStream();
    }
}
