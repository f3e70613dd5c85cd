package org.etablering.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip that Maven resolved, unpacked once under the
 * local folder and run as a child process in development mode with the realm from {@code keycloak/}.
 * Its in-memory database is rebuilt from the realm file at every start, so the realm never drifts.
 */
final class LocalKeycloak {

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);

    private final Process process;
    private final LocalSettings settings;
    private final Path pidFile;

    private LocalKeycloak(Process process, LocalSettings settings, Path pidFile) {
        this.process = process;
        this.settings = settings;
        this.pidFile = pidFile;
    }

    static LocalKeycloak start(LocalSettings settings) {
        try {
            Path root = settings.directory().resolve("keycloak");
            Path pidFile = root.resolve("keycloak.pid");
            stopLeftoverFromEarlierRun(pidFile);
            ensurePortFree(settings.keycloakPort());
            Path home = unpackOnce(settings, root);
            installRealm(settings, home);

            Path logFile = root.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    "bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + settings.keycloakPort(),
                    "--http-host=127.0.0.1",
                    "--db=dev-mem",
                    "--import-realm"))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            // Keycloak's worker threads need this on Java 24 and later, or some requests (the admin API) fail
            builder.environment().put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            LocalKeycloak keycloak = new LocalKeycloak(process, settings, pidFile);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop, "local-keycloak-stop"));
            LocalStack.notice("Keycloak " + settings.keycloakVersion() + " (child process) on http://localhost:"
                    + settings.keycloakPort() + ", realm etablering; admin console user admin/admin; log in " + logFile);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local Keycloak", e);
        }
    }

    /** Blocks until the realm answers its discovery document, or fails after the timeout. */
    void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(settings.issuerUri() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Local Keycloak exited with code " + process.exitValue()
                        + "; see " + settings.directory().resolve("keycloak/keycloak.log"));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Local Keycloak was not ready within " + timeout);
    }

    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            Files.deleteIfExists(pidFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.debug("Could not remove {}", pidFile, e);
        }
    }

    /** A Keycloak left running by a run that was killed hard would hold the port; end it first. */
    private static void stopLeftoverFromEarlierRun(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(leftover -> {
            LocalStack.notice("Stopped a Keycloak (pid " + pid + ") left over from an earlier run");
            leftover.descendants().forEach(ProcessHandle::destroyForcibly);
            leftover.destroyForcibly();
            leftover.onExit().orTimeout(15, TimeUnit.SECONDS).join();
        });
        Files.deleteIfExists(pidFile);
    }

    private static void ensurePortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is taken, so the local Keycloak cannot start. Stop the "
                    + "process that holds it, set etablering.local.keycloak.port, or configure an external Keycloak "
                    + "with ETABLERING_IDENTITY_ISSUER_URI.", e);
        }
    }

    private static Path unpackOnce(LocalSettings settings, Path root) throws IOException {
        Path home = root.resolve("keycloak-" + settings.keycloakVersion());
        if (Files.exists(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = distribution(settings);
        LocalStack.notice("Unpacked Keycloak " + settings.keycloakVersion() + " from " + zip + " (first run only)");
        Path staging = root.resolve("unpacking");
        deleteRecursively(staging);
        Files.createDirectories(staging);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.move(staging.resolve("keycloak-" + settings.keycloakVersion()), home, StandardCopyOption.ATOMIC_MOVE);
        deleteRecursively(staging);
        return home;
    }

    private static Path distribution(LocalSettings settings) {
        String version = settings.keycloakVersion();
        List<Path> candidates = Stream.of(
                        settings.keycloakDistribution(),
                        "target/keycloak/keycloak-" + version + ".zip",
                        System.getProperty("user.home") + "/.m2/repository/org/keycloak/keycloak-quarkus-dist/"
                                + version + "/keycloak-quarkus-dist-" + version + ".zip")
                .filter(candidate -> !candidate.isBlank())
                .map(Path::of)
                .toList();
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalStateException(
                "No Keycloak distribution found at " + candidates + ". Run through Maven (mvn spring-boot:run) so it "
                        + "resolves org.keycloak:keycloak-quarkus-dist:" + version + ":zip, or set "
                        + "etablering.local.keycloak.distribution to the zip."));
    }

    private static void installRealm(LocalSettings settings, Path home) throws IOException {
        Path importDir = home.resolve("data/import");
        deleteRecursively(importDir);
        Files.createDirectories(importDir);
        try (InputStream realm = new ClassPathResource(settings.realmResource()).getInputStream()) {
            Files.copy(realm, importDir.resolve("etablering-realm.json"));
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
