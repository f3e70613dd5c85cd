package org.etablering.local;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded components of local mode. They live as long as the JVM, so that every application
 * context in it (several in a test run) shares one database, one engine and one Keycloak.
 */
public final class LocalStack {

    private static LocalPostgres postgres;
    private static LocalZeebeEngine engine;
    private static LocalKeycloak keycloak;
    private static LocalMailServer mail;
    private static final List<String> notices = new ArrayList<>();
    private static final LocalTime time = new LocalTime();

    private LocalStack() {
    }

    static synchronized LocalPostgres postgres(LocalSettings settings) {
        if (postgres == null) {
            postgres = LocalPostgres.start(settings.directory().resolve("postgres"), settings.keepData());
        }
        return postgres;
    }

    static synchronized LocalZeebeEngine engine(LocalSettings settings) {
        if (engine == null) {
            engine = LocalZeebeEngine.start(settings.enginePort());
        }
        return engine;
    }

    static synchronized LocalKeycloak keycloak(LocalSettings settings) {
        if (keycloak == null) {
            keycloak = LocalKeycloak.start(settings);
        }
        return keycloak;
    }

    static synchronized LocalMailServer mail(LocalSettings settings) {
        if (mail == null) {
            mail = LocalMailServer.start(settings.smtpPort(), settings.smtpPort() + 118);
        }
        return mail;
    }

    /** The local SMTP server, if this JVM runs one; tests read the mail the application sent from it. */
    public static synchronized Optional<com.icegreen.greenmail.util.GreenMail> mailServer() {
        return Optional.ofNullable(mail).map(LocalMailServer::server);
    }

    /** The local engine, if this JVM runs one; tests use it to move the engine's clock. */
    public static synchronized Optional<io.camunda.zeebe.process.test.api.ZeebeTestEngine> localEngine() {
        return Optional.ofNullable(engine).map(LocalZeebeEngine::engine);
    }

    /**
     * The application's clock: with a local engine, one that moves forward together with the engine's
     * timers ({@link #advanceTime}); otherwise the system clock.
     */
    public static synchronized Clock clock() {
        return engine == null ? Clock.systemUTC() : time;
    }

    /** Moves the local engine and the application forward in time together; timers that fall due fire. */
    public static synchronized void advanceTime(Duration duration) {
        if (engine == null) {
            throw new IllegalStateException("Only the local engine's time can be moved");
        }
        time.advance(duration);
        engine.engine().increaseTime(duration);
    }

    /** Waits for the local Keycloak, if this JVM runs one. */
    /**
     * Plays a database outage for tests and demonstrations: the embedded PostgreSQL stops, keeping its data, until
     * {@link #startDatabaseAgain()} starts it on the same port.
     */
    public static synchronized void stopDatabase() {
        if (postgres == null) {
            throw new IllegalStateException("No local PostgreSQL runs in this process");
        }
        postgres.stopForAWhile();
    }

    public static synchronized void startDatabaseAgain() {
        postgres.startAgain();
    }

    public static void awaitKeycloak(Duration timeout) {
        LocalKeycloak current;
        synchronized (LocalStack.class) {
            current = keycloak;
        }
        if (current != null) {
            current.awaitReady(timeout);
        }
    }

    /** Start-up happens before logging is set up, so what the user must know is kept and logged when ready. */
    static synchronized void notice(String message) {
        notices.add(message);
    }

    static synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    /** Runs after every application context is closed, so nothing still talks to what stops here. */
    static synchronized void stopAll() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (keycloak != null) {
            keycloak.stop();
            keycloak = null;
        }
        if (engine != null) {
            engine.stop();
            engine = null;
        }
        if (postgres != null) {
            postgres.stop();
            postgres = null;
        }
    }
}
