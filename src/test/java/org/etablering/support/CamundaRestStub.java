package org.etablering.support;

import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CamundaClient;
import io.camunda.client.impl.NoopCredentialsProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays a Camunda 8 REST gateway that answers every request the same way, as the real one does: a status and,
 * for refusals, an RFC 9457 problem whose title is the engine's rejection type. The client under test is the
 * real Camunda client with REST preferred, as in production.
 */
public final class CamundaRestStub implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{}";

    public CamundaRestStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            exchange.getRequestBody().readAllBytes();
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    status >= 400 ? "application/problem+json" : "application/json");
            if (status == 204) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    /** Answers with success and this JSON body (or none for 204). */
    public void answer(int status, String json) {
        this.status = status;
        this.body = json;
    }

    /** Refuses as the gateway does: the HTTP status and the rejection type as the problem's title. */
    public void refuse(int status, String rejectionType) {
        this.status = status;
        this.body = """
                {"type":"about:blank","title":"%s","status":%d,"detail":"Command rejected with code '%s'",
                 "instance":"/v2"}""".formatted(rejectionType, status, rejectionType);
    }

    public List<String> requests() {
        return requests;
    }

    /** The Camunda client as production configures it: REST preferred. */
    public CamundaClient client() {
        return CamundaClient.newClientBuilder()
                .restAddress(URI.create("http://localhost:" + server.getAddress().getPort()))
                .grpcAddress(URI.create("http://localhost:1"))
                .preferRestOverGrpc(true)
                .credentialsProvider(new NoopCredentialsProvider())
                .defaultRequestTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
