package org.etablering.local;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.security.CodeSource;

/** The in-memory Zeebe engine, reachable over gRPC like a real gateway. */
final class LocalZeebeEngine {

    private final ZeebeTestEngine engine;
    private final int port;

    private LocalZeebeEngine(ZeebeTestEngine engine, int port) {
        this.engine = engine;
        this.port = port;
    }

    static LocalZeebeEngine start(int port) {
        requireThreadSafeLog();
        ZeebeTestEngine engine = EngineFactory.create(port);
        engine.start();
        LocalStack.notice("Zeebe engine (embedded) on gRPC port " + port + ". It keeps all process state IN MEMORY: "
                + "every running process is lost when the application stops. Use it for evaluation and development "
                + "only; production connects to a Camunda 8 cluster (CAMUNDA_CLIENT_GRPC_ADDRESS).");
        return new LocalZeebeEngine(engine, port);
    }

    /**
     * The library's own in-memory log is not safe for its concurrent readers (see our InMemoryLogStorage), and its
     * state transaction copies the whole state for every scan (see our InMemoryDbTransaction); refuse to start an
     * engine that would stop processing at random, or slow down with every open case, if a class-path change let the
     * library's copies win.
     */
    static void requireThreadSafeLog() {
        CodeSource ours = LocalZeebeEngine.class.getProtectionDomain().getCodeSource();
        for (Class<?> replaced : java.util.List.of(logStorageClass(), stateTransactionClass())) {
            CodeSource loaded = replaced.getProtectionDomain().getCodeSource();
            if (loaded == null || ours == null || !loaded.getLocation().equals(ours.getLocation())) {
                throw new IllegalStateException("The embedded engine would use the library's " + replaced.getSimpleName()
                        + " from " + (loaded == null ? "an unknown place" : loaded.getLocation())
                        + " instead of Etablering's; put the application's classes first on the class path");
            }
        }
    }

    static Class<?> stateTransactionClass() {
        try {
            return Class.forName("io.camunda.zeebe.process.test.engine.db.InMemoryDbTransaction");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The embedded engine's state transaction class is missing", e);
        }
    }

    static Class<?> logStorageClass() {
        try {
            return Class.forName("io.camunda.zeebe.process.test.engine.InMemoryLogStorage");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The embedded engine's log class is missing", e);
        }
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
