package org.etablering.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** PostgreSQL 17 from the zonky binaries, running as a child process with its data under the local folder. */
final class LocalPostgres {

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.port = postgres.getPort();
    }

    static LocalPostgres start(Path dataDirectory, boolean keepData) {
        try {
            boolean existing = Files.isDirectory(dataDirectory.resolve("base"));
            if (keepData && existing) {
                LocalStack.notice("Kept the local database from the previous run (etablering.local.keep-data=true). The "
                        + "in-memory engine lost every open process: the application detects it, and an administrator "
                        + "restarts them with POST /api/v1/admin/engine/restart (see the README).");
            }
            Files.createDirectories(dataDirectory.getParent());
            if (!keepData && existing) {
                // emptied here rather than by the server on stop, so that it can be stopped and started again
                deleteRecursively(dataDirectory);
            }
            EmbeddedPostgres postgres = builder(dataDirectory).start();
            LocalStack.notice("PostgreSQL 17 (embedded) on port " + postgres.getPort() + ", data in " + dataDirectory
                    + (keepData ? "" : ", started empty and seeded with the demo data"));
            return new LocalPostgres(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // this machine only: the local database has a well-known password
                .setServerConfig("listen_addresses", "localhost")
                // the library's default is off: a commit would be acknowledged before it is on disk; an inquiry
                // acknowledged here is kept as in production (a flush costs this machine 0.2 ms)
                .setServerConfig("synchronous_commit", "on")
                // PostgreSQL's default 128 MB holds a few thousand cases' pages; a region's million needs more
                .setServerConfig("shared_buffers", "1GB")
                // a checkpoint every 5 minutes (the default) rewrites the region's index pages into the log each
                // time they are next touched, and its writes meet the day's work; every 15 minutes instead
                .setServerConfig("checkpoint_timeout", "15min")
                .setServerConfig("max_wal_size", "4GB")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(true);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Stops the server as an outage would, keeping its data; {@link #startAgain()} brings it back. */
    synchronized void stopForAWhile() {
        stop();
    }

    synchronized void startAgain() {
        try {
            postgres = builder(dataDirectory).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local PostgreSQL again", e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Local PostgreSQL did not stop cleanly", e);
        }
    }
}
