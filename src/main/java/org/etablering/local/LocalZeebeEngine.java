package org.etablering.local;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The in-memory Zeebe engine, reachable over gRPC like a real gateway. */
final class LocalZeebeEngine {

    private static final Logger log = LoggerFactory.getLogger(LocalZeebeEngine.class);

    private final ZeebeTestEngine engine;
    private final int port;

    private LocalZeebeEngine(ZeebeTestEngine engine, int port) {
        this.engine = engine;
        this.port = port;
    }

    static LocalZeebeEngine start(int port) {
        ZeebeTestEngine engine = EngineFactory.create(port);
        engine.start();
        log.warn("Local Zeebe engine started on gRPC port {}. It keeps all process state IN MEMORY: "
                + "every running process is lost when the application stops. Use it for evaluation and "
                + "development only; production connects to a Camunda 8 cluster (CAMUNDA_CLIENT_GRPC_ADDRESS).", port);
        return new LocalZeebeEngine(engine, port);
    }

    String grpcAddress() {
        return "http://localhost:" + port;
    }

    ZeebeTestEngine engine() {
        return engine;
    }

    void stop() {
        engine.stop();
    }
}
