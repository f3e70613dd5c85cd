package org.etablering.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.etablering.support.Api.Response;
import org.etablering.support.FullStackSupport;
import org.etablering.support.Inquiries;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A region's Etablering on one small machine: the database is filled with {@code benchmark.cases} cases (default
 * 100 000) of all three kinds over 50 municipalities, then, through the running application over HTTP with real
 * tokens, 16 officials work (inbox, case search and list, case page, task page, completing a task, writing to a
 * company; 1–3 s to read each answer) and 8 managers open the dashboard and its lists (2–6 s each) for
 * {@code benchmark.duration} (default five minutes)
 * while companies submit inquiries. Then intake is driven flat out from 8 clients, and at 20 inquiries a second
 * with the time from submission to the task in the first-line inbox. Writes {@code target/benchmark.md}.
 *
 * <p>It runs in a directory of its own ({@code target/local-benchmark}), refuses a database that holds anything
 * but its own synthetic data, and empties the database when done. Not part of {@code mvn verify}: see the README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=8089",
        "etablering.local.directory=target/local-benchmark",
        "etablering.local.keycloak.port=8181",
        "etablering.local.engine.port=26501",
        "etablering.local.mail.port=3026",
        "etablering.demo-data.enabled=false"
})
class RegionalLoadBenchmark extends FullStackSupport {

    private static final String APP = "http://localhost:8089";
    private static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    private static final Duration LOAD = Duration.parse(System.getProperty("benchmark.duration", "PT5M"));
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final int OFFICIALS = 16;
    private static final int MANAGERS = 8;
    private static final int INTAKE_CLIENTS = 8;
    /** A person reads what they got before the next step: officials 1–3 s, managers 2–6 s. */
    private static final int[] OFFICIAL_THINKS_MS = {1000, 3000};
    private static final int[] MANAGER_THINKS_MS = {2000, 6000};
    private static final List<String> OFFICIAL_USERS = List.of("firstline", "firstline", "firstline", "firstline",
            "firstline", "firstline", "firstline", "firstline", "business", "business", "business", "development",
            "development", "planning", "planning", "planning");
    private static final List<String> SEARCHES = List.of("Storsjö", "battery", "railway", "Fjällvind Energi",
            "cold store", "BEN-000012345");

    /** The region's 48 other municipalities, beside the two the application is configured with. */
    @DynamicPropertySource
    static void region(DynamicPropertyRegistry registry) {
        for (int i = 2; i < SyntheticHistory.MUNICIPALITIES; i++) {
            String code = "r%02d".formatted(i);
            boolean norwegian = code.compareTo("r25") > 0;
            registry.add("etablering.municipalities." + code + ".name", () -> "Region municipality " + code);
            registry.add("etablering.municipalities." + code + ".country", () -> norwegian ? "NO" : "SE");
            registry.add("etablering.municipalities." + code + ".first-contact-working-days", () -> "2");
        }
    }

    @Autowired
    private JdbcTemplate jdbc;

    private final Measurements measured = new Measurements();
    private final List<String> report = new ArrayList<>();
    private final Queue<String> liveCases = new ConcurrentLinkedQueue<>();
    private final AtomicInteger submitted = new AtomicInteger();

    @Test
    void aRegionAtWork() throws Exception {
        refuseForeignData();
        try {
            long filling = System.nanoTime();
            withoutTimeout(db -> SyntheticHistory.fill(db, CASES));
            line("# Regional load benchmark, %s", LocalDate.now());
            line("");
            line("%,d cases over %d municipalities (%,d in Östersund, whose officials work), filled in %.0f s: "
                    + "%,d tasks (%,d open), %,d hand-offs, %,d clocks, %,d messages, %,d notes, %,d timeline entries.",
                    count("case_file"), SyntheticHistory.MUNICIPALITIES,
                    jdbc.queryForObject("select count(*) from case_file where municipality = 'ostersund'", Long.class),
                    seconds(filling), count("task"),
                    jdbc.queryForObject("select count(*) from task where state = 'OPEN'", Long.class), count("handoff"),
                    count("case_clock"), count("case_message"), count("case_note"), count("case_event"));
            line("Machine: %d cores, %s; Java %s; everything (PostgreSQL, the engine, Keycloak, the application and "
                    + "this load) on it.", Runtime.getRuntime().availableProcessors(), memory(),
                    System.getProperty("java.version"));
            line("");

            Work work = new Work(
                    ids("select id from case_file where municipality = 'ostersund' and case_number like 'BEN-%' "
                            + "order by random() limit 2000"),
                    ids("select id from case_file where municipality = 'ostersund' and kind = 'INQUIRY' "
                            + "and closed_at is null and case_number like 'BEN-%' order by random() limit 500"),
                    ids("select t.id from task t join task_candidate_group g on g.task_id = t.id where t.municipality = "
                            + "'ostersund' and t.state = 'OPEN' and g.candidate_group = 'first-line' "
                            + "and t.case_number like 'BEN-%' order by random() limit 1000"));
            engineAlone();
            List<WebBrowser> managers = new ArrayList<>();
            for (int i = 0; i < MANAGERS; i++) {
                WebBrowser manager = new WebBrowser();
                manager.submitLogin(manager.get(APP + "/"), "manager");
                managers.add(manager);
            }
            mixedLoad(work, managers, WARM_UP);
            measured.clear();
            double seconds;
            try (MachineLoad machine = new MachineLoad()) {
                long start = System.nanoTime();
                mixedLoad(work, managers, LOAD);
                seconds = seconds(start);
                line("## %d officials and %d managers at work for %.0f s while companies submit inquiries", OFFICIALS,
                        MANAGERS, seconds);
                line("");
                line("Each official reads every answer for 1–3 s before the next step, each manager for 2–6 s; "
                        + "a company sends an inquiry every half second, and first-line triages them.");
                line("");
                report.addAll(measured.table(seconds));
                line("");
                line("%s.", machine.summary());
            }
            flush();
            line("");
            intakeAtRate(20, Duration.ofSeconds(30));
            intakeFlatOut();
            Path out = Path.of("target", "benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, String.join("\n", report) + "\n");
            System.out.println(String.join("\n", report));
        } finally {
            cleanUp();
        }
    }

    private record Work(List<UUID> cases, List<UUID> openInquiries, List<UUID> openTasks) {
    }

    /** Officials, managers and companies at once, until the time is up. */
    private void mixedLoad(Work work, List<WebBrowser> managers, Duration howLong) throws Exception {
        long until = System.nanoTime() + howLong.toNanos();
        ExecutorService people = Executors.newFixedThreadPool(OFFICIALS + MANAGERS + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < OFFICIALS; i++) {
            String user = OFFICIAL_USERS.get(i);
            running.add(people.submit(() -> {
                while (System.nanoTime() < until) {
                    try {
                        official(user, work);
                    } catch (RuntimeException failed) {
                        measured.record("Failed outside a measured call", 0, false);
                    }
                    think(OFFICIAL_THINKS_MS);
                }
                return null;
            }));
        }
        for (WebBrowser manager : managers) {
            running.add(people.submit(() -> {
                while (System.nanoTime() < until) {
                    manager(manager);
                    think(MANAGER_THINKS_MS);
                }
                return null;
            }));
        }
        running.add(people.submit(() -> {
            // companies: about two inquiries a second, each one's triage then completed by first-line
            while (System.nanoTime() < until) {
                submit("Intake during the load (POST /api/v1/inquiries)");
                Thread.sleep(500);
            }
            return null;
        }));
        for (Future<?> person : running) {
            person.get();
        }
        people.shutdown();
    }

    private void official(String user, Work work) {
        String token = tokens.of(user);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int dice = random.nextInt(100);
        if (dice < 30) {
            time("Inbox (GET /api/v1/tasks)", () -> api.get("/api/v1/tasks", token));
        } else if (dice < 45) {
            String q = SEARCHES.get(random.nextInt(SEARCHES.size()));
            time("Case search (GET /api/v1/cases?q=…)",
                    () -> api.get("/api/v1/cases?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), token));
        } else if (dice < 55) {
            time("Case list (GET /api/v1/cases)", () -> api.get("/api/v1/cases", token));
        } else if (dice < 75) {
            UUID id = work.cases().get(random.nextInt(work.cases().size()));
            time("Case page (GET /api/v1/cases/{id})", () -> api.get("/api/v1/cases/" + id, token));
        } else if (dice < 88) {
            UUID id = work.openTasks().get(random.nextInt(work.openTasks().size()));
            time("Task page (GET /api/v1/tasks/{id})", () -> api.get("/api/v1/tasks/" + id, tokens.of("firstline")));
        } else if (dice < 94) {
            UUID id = work.openInquiries().get(random.nextInt(work.openInquiries().size()));
            time("Writing to the company (POST /api/v1/inquiries/{id}/messages)", () -> api.post(
                    "/api/v1/inquiries/" + id + "/messages", tokens.of("firstline"),
                    Map.of("text", "Could you send us the site plan before our meeting?")));
        } else {
            completeALiveTriage();
        }
    }

    /** First-line takes the triage of an inquiry a company sent during the run, and completes it. */
    private void completeALiveTriage() {
        String number = liveCases.poll();
        if (number == null) {
            return;
        }
        String firstLine = tokens.of("firstline");
        Response found = api.get("/api/v1/tasks?q=" + number, firstLine);
        JsonNode triage = null;
        for (JsonNode task : found.body()) {
            if ("Triage".equals(task.path("elementId").asText()) || "triage".equals(task.path("formKey").asText())) {
                triage = task;
            }
        }
        if (triage == null) {
            liveCases.add(number);
            return;
        }
        String path = "/api/v1/tasks/" + triage.get("id").asText();
        if (api.post(path + "/claim", firstLine, "").status() == 200) {
            time("Completing a task (claim, then POST /api/v1/tasks/{id}/complete)",
                    () -> api.post(path + "/complete", firstLine, Map.of("inquiryComplete", "yes")));
        }
    }

    private void manager(WebBrowser manager) {
        int dice = ThreadLocalRandom.current().nextInt(100);
        if (dice < 50) {
            timePage("Managers' dashboard (GET /dashboard)", () -> manager.get(APP + "/dashboard"));
        } else if (dice < 75) {
            timePage("Cases behind a dashboard figure (GET /dashboard/cases?status=…)",
                    () -> manager.get(APP + "/dashboard/cases?status=HANDED_OFF"));
        } else {
            timePage("Permits at risk (GET /dashboard/permits?measure=AT_RISK)",
                    () -> manager.get(APP + "/dashboard/permits?measure=AT_RISK"));
        }
    }

    private String submit(String what) {
        Map<String, Object> inquiry = Inquiries.norrsken();
        inquiry.put("companyName", "Benchmark live " + submitted.incrementAndGet());
        long start = System.nanoTime();
        Response created = api.post("/api/v1/inquiries", tokens.of("applicant"), inquiry);
        measured.record(what, System.nanoTime() - start, created.status() == 201);
        if (created.status() != 201) {
            return null;
        }
        String number = created.body().get("caseNumber").asText();
        liveCases.add(number);
        return number;
    }

    /**
     * As many inquiries as 8 clients can send in 30 seconds; then how long until every one of them is a triage task
     * in the inbox, which is the rate the whole chain (outbox, engine, worker) sustains.
     */
    private void intakeFlatOut() throws Exception {
        measured.clear();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> numbers = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(INTAKE_CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < INTAKE_CLIENTS; i++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < until) {
                    String number = submit("Intake flat out (POST /api/v1/inquiries)");
                    if (number != null) {
                        numbers.add(number);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        double seconds = seconds(start);
        clients.shutdown();
        liveCases.clear();
        line("Flat out from %d clients: %,d inquiries in %.0f s, **%.0f inquiries/s** acknowledged, each stored with "
                + "its process start in the outbox (p50 %.0f ms, p95 %.0f ms).",
                INTAKE_CLIENTS, numbers.size(), seconds, numbers.size() / seconds,
                measured.p("Intake flat out (POST /api/v1/inquiries)", 50),
                measured.p("Intake flat out (POST /api/v1/inquiries)", 95));
        long waiting = System.nanoTime();
        long filed = 0;
        while (seconds(waiting) < 180) {
            filed = jdbc.queryForObject("select count(*) from case_file c join task t on t.case_id = c.id "
                    + "where c.case_number = any (?) and t.element_id = 'Triage'", Long.class,
                    (Object) numbers.toArray(String[]::new));
            if (filed >= numbers.size()) {
                break;
            }
            Thread.sleep(1000);
        }
        double drained = seconds(start);
        line("%,d of them were triage tasks in the first-line inbox %.0f s after the first was sent: the chain "
                + "(outbox, engine, task worker) processed **%.1f inquiries/s** end to end.", filed, drained,
                filed / drained);
        flush();
    }

    /** Inquiries at a steady rate, and how long each took from the request to its task in the inbox. */
    private void intakeAtRate(int perSecond, Duration howLong) throws Exception {
        line("## Intake");
        line("");
        Map<String, Instant> sentAt = new ConcurrentHashMap<>();
        var clients = Executors.newScheduledThreadPool(INTAKE_CLIENTS);
        long every = 1_000_000 / perSecond;
        var schedule = clients.scheduleAtFixedRate(() -> {
            Instant at = Instant.now();
            String number = submit("Intake at a steady rate (POST /api/v1/inquiries)");
            if (number != null) {
                sentAt.put(number, at);
            }
        }, 0, every, TimeUnit.MICROSECONDS);
        Thread.sleep(howLong.toMillis());
        schedule.cancel(false);
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        List<Long> toInbox = new ArrayList<>();
        int missing = 0;
        long waiting = System.nanoTime();
        for (Map.Entry<String, Instant> sent : sentAt.entrySet()) {
            List<Timestamp> filed = List.of();
            while (filed.isEmpty() && seconds(waiting) < 60) {
                filed = jdbc.queryForList("select t.created_at from task t join case_file c on c.id = t.case_id "
                        + "where c.case_number = ? and t.element_id = 'Triage'", Timestamp.class, sent.getKey());
                if (filed.isEmpty()) {
                    Thread.sleep(200);
                }
            }
            if (filed.isEmpty()) {
                missing++;
            } else {
                toInbox.add(Duration.between(sent.getValue(), filed.get(0).toInstant()).toNanos());
            }
        }
        if (toInbox.isEmpty()) {
            line("At %d inquiries/s for %d s (%,d inquiries): none reached the inbox within a minute.", perSecond,
                    howLong.toSeconds(), sentAt.size());
            flush();
            return;
        }
        Measurements latency = new Measurements();
        toInbox.forEach(nanos -> latency.record("inbox", nanos, true));
        line("At %d inquiries/s for %d s (%,d inquiries): from the request to the triage task in the first-line inbox "
                + "p50 %.0f ms, **p95 %.0f ms**, p99 %.0f ms; %d not in the inbox a minute after the last one.",
                perSecond, howLong.toSeconds(), sentAt.size(), latency.p("inbox", 50), latency.p("inbox", 95),
                latency.p("inbox", 99), missing);
        line("");
        flush();
    }

    /**
     * The engine's own ceiling on this machine: instances of a one-step process (start, a service step the engine
     * completes itself, end) created straight in the engine from 8 threads for 20 seconds, with no database, outbox,
     * worker or HTTP in the way.
     */
    private void engineAlone() throws Exception {
        engine.newDeployResourceCommand().addProcessModel(io.camunda.zeebe.model.bpmn.Bpmn
                .createExecutableProcess("benchmark-engine-alone").startEvent().manualTask().endEvent().done(),
                "benchmark-engine-alone.bpmn").send().join();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        AtomicInteger started = new AtomicInteger();
        ExecutorService publishers = Executors.newFixedThreadPool(INTAKE_CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < INTAKE_CLIENTS; i++) {
            running.add(publishers.submit(() -> {
                while (System.nanoTime() < until) {
                    try {
                        engine.newCreateInstanceCommand().bpmnProcessId("benchmark-engine-alone").latestVersion()
                                .send().join(30, TimeUnit.SECONDS);
                        started.incrementAndGet();
                    } catch (RuntimeException busy) {
                        // counted as not started
                    }
                }
                return null;
            }));
        }
        for (Future<?> publisher : running) {
            publisher.get();
        }
        publishers.shutdown();
        line("The engine alone on the same machine before any load, 8 threads creating instances of a one-step "
                + "process: **%.0f process instances/s**.", started.get() / seconds(start));
        line("");
        flush();
    }

    @Autowired
    private io.camunda.client.CamundaClient engine;

    private static void think(int[] range) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(range[0], range[1]));
    }

    private void time(String what, Supplier<Response> call) {
        long start = System.nanoTime();
        Response response;
        try {
            response = call.get();
        } catch (RuntimeException failed) {
            measured.record(what, System.nanoTime() - start, false);
            return;
        }
        measured.record(what, System.nanoTime() - start, response.status() / 100 == 2);
    }

    private void timePage(String what, Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> page = call.get();
            measured.record(what, System.nanoTime() - start, page.statusCode() == 200);
        } catch (RuntimeException failed) {
            measured.record(what, System.nanoTime() - start, false);
        }
    }

    /** Only the benchmark's own synthetic cases and the inquiries it sent itself may be in the database. */
    private void refuseForeignData() {
        Long foreign = jdbc.queryForObject("select count(*) from case_file where case_number not like 'BEN-%' "
                + "and company_name not like 'Benchmark live %'", Long.class);
        if (foreign != null && foreign > 0) {
            throw new IllegalStateException("The database holds " + foreign + " cases that are not the benchmark's own: "
                    + "it refuses to run there. It runs in target/local-benchmark; delete that directory to start afresh.");
        }
        cleanUp();
    }

    /**
     * Empties the benchmark's database: every table but the schema's history, the decision tables and the engine's
     * watermark. The audit trail is append-only even to the application's owner, so this session sets the triggers
     * aside, as a restore would; it may, since only the benchmark's own data is there.
     */
    private void cleanUp() {
        withoutTimeout(db -> {
            List<String> tables = db.queryForList("select tablename from pg_tables where schemaname = 'public' and "
                    + "tablename not in ('flyway_schema_history', 'decision_table_version', 'engine_watermark')", String.class);
            db.execute("set session_replication_role = replica");
            db.execute("truncate table " + String.join(", ", tables) + " cascade");
            db.execute("set session_replication_role = origin");
        });
    }

    private void withoutTimeout(java.util.function.Consumer<JdbcTemplate> work) {
        try (java.sql.Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setNetworkTimeout(Runnable::run, 0);
            JdbcTemplate db = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                    connection, true));
            db.execute("set statement_timeout = 0");
            work.accept(db);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<UUID> ids(String sql) {
        return jdbc.queryForList(sql, UUID.class);
    }

    private long count(String table) {
        Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return rows == null ? 0 : rows;
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return String.format(Locale.ROOT, "%.0f GiB", Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0);
                }
            }
        } catch (java.io.IOException unreadable) {
            // said as unknown below
        }
        return "memory unknown";
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }

    /** What is measured so far, in target/benchmark.md, so that a run cut short still says what it found. */
    private void flush() {
        try {
            Path out = Path.of("target", "benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, String.join("\n", report) + "\n");
        } catch (java.io.IOException unwritable) {
            throw new java.io.UncheckedIOException(unwritable);
        }
    }
}
