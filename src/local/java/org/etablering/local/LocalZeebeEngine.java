package org.etablering.local;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;

/** The in-memory Zeebe engine, reachable over gRPC like a real gateway. */
final class LocalZeebeEngine {

    private final ZeebeTestEngine engine;
    private final int port;

    private LocalZeebeEngine(ZeebeTestEngine engine, int port) {
        this.engine = engine;
        this.port = port;
    }

    static LocalZeebeEngine start(int port) {
        ZeebeTestEngine engine = EngineFactory.create(port);
        engine.start();
        LocalStack.notice("Zeebe engine (embedded) on gRPC port " + port + ". It keeps all process state IN MEMORY: "
                + "every running process is lost when the application stops. Use it for evaluation and development "
                + "only; production connects to a Camunda 8 cluster (CAMUNDA_CLIENT_GRPC_ADDRESS).");
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
