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

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static LocalPostgres start(Path dataDirectory, boolean keepData) {
        try {
            boolean existing = Files.isDirectory(dataDirectory.resolve("base"));
            if (keepData && existing) {
                LocalStack.notice("Kept the local database from the previous run (etablering.local.keep-data=true). The "
                        + "in-memory engine lost every open process, so its cases may wait for steps that will never come.");
            }
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(true)
                    .start();
            LocalStack.notice("PostgreSQL 17 (embedded) on port " + postgres.getPort() + ", data in " + dataDirectory
                    + (keepData ? "" : ", started empty and seeded with the demo data"));
            return new LocalPostgres(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Local PostgreSQL did not stop cleanly", e);
        }
    }
}
