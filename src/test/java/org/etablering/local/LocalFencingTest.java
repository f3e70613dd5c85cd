package org.etablering.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Local mode's embedded engine and database take connections from this machine only. */
class LocalFencingTest {

    @Test
    void theEmbeddedEngineListensOnLoopbackOnly() throws Exception {
        Optional<InetAddress> network = networkAddress();
        assumeTrue(network.isPresent(), "this machine has no network address other than loopback");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ZeebeTestEngine engine = EngineFactory.create(port);
        engine.start();
        try {
            assertThat(connects(InetAddress.getLoopbackAddress(), port)).isTrue();
            assertThatThrownBy(() -> connect(network.get(), port)).as("from the network").isInstanceOf(IOException.class);
        } finally {
            engine.stop();
        }
    }

    @Test
    void theEmbeddedDatabaseListensOnLoopbackOnly() throws Exception {
        Path directory = Files.createTempDirectory("etablering-fence").resolve("postgres");
        LocalPostgres postgres = LocalPostgres.start(directory, false);
        try (var connection = java.sql.DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres");
             var result = connection.createStatement().executeQuery("show listen_addresses")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("localhost");
        } finally {
            postgres.stop();
        }
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        connect(address, port);
        return true;
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    private static Optional<InetAddress> networkAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(networkInterface -> {
                    try {
                        return networkInterface.isUp() && !networkInterface.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof java.net.Inet4Address)
                .findFirst();
    }
}
