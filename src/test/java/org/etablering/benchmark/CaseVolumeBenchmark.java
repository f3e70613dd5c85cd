package org.etablering.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;
import org.etablering.insight.CaseFilter;
import org.etablering.insight.Insights;
import org.etablering.support.Api.Response;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How the application behaves with a municipality's years of cases: the database is filled with
 * {@code benchmark.cases} inquiries (default 100 000) with their tasks, hand-offs and clocks, then intake
 * throughput, task-list latency and dashboard latency are measured through the real stack. Not part of
 * {@code mvn verify}; run it as the README says. Results go to {@code target/benchmark.md}.
 */
@FullStackTest
class CaseVolumeBenchmark extends FullStackSupport {

    private static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    private static final int SUBMISSIONS = Integer.getInteger("benchmark.submissions", 300);
    private static final int CLIENTS = 4;
    private static final int REPEATS = 50;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Insights insights;

    private final List<String> report = new ArrayList<>();

    @Test
    void intakeTaskListAndDashboardAtVolume() throws Exception {
        long filling = System.nanoTime();
        fill(CASES);
        line("Filled %,d inquiries (%,d tasks, %,d of them open; %,d hand-offs) in %.0f s", count("inquiry"),
                count("task"), jdbc.queryForObject("select count(*) from task where state = 'OPEN'", Long.class),
                count("handoff"), seconds(filling));

        intake();
        String firstLine = tokens.of("firstline");
        assertThat(api.get("/api/v1/tasks", firstLine).body().size()).as("a full inbox to measure").isEqualTo(200);
        latency("Task list, first-line inbox (GET /api/v1/tasks)", () -> api.get("/api/v1/tasks", firstLine));
        latency("Task list, search by case number", () -> api.get("/api/v1/tasks?q=BEN-00000123", firstLine));
        latency("Case list, official (GET /api/v1/inquiries)", () -> api.get("/api/v1/inquiries", firstLine));
        CurrentUser manager = new CurrentUser("bench", "manager", EnumSet.of(Role.MANAGER), "ostersund", null);
        asManager(manager, () -> {
            latency("Dashboard figures (Insights.dashboard)", () -> insights.dashboard(manager));
            latency("Dashboard, cases behind a stage figure", () -> insights.cases(
                    new CaseFilter("HANDED_OFF", null, null, null, null), manager));
        });

        Path out = Path.of("target", "benchmark.md");
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println(String.join("\n", report));
    }

    /**
     * Synthetic history written with set-based SQL: most cases closed, a tenth open with one task each. On a
     * connection of its own without the application's statement time-out, since a million rows take a while.
     */
    private void fill(int cases) {
        try (java.sql.Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setNetworkTimeout(Runnable::run, 0);
            fill(new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true)),
                    cases);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fill(JdbcTemplate jdbc, int cases) {
        jdbc.update("""
                insert into case_file (id, kind, case_number, municipality, country, company_name, org_number,
                    contact_name, contact_email, description, status, confidential, opened_by, opened_at, updated_at,
                    closed_at, outcome, version)
                select gen_random_uuid(), 'INQUIRY', 'BEN-' || lpad(n::text, 9, '0'),
                       case when n % 5 = 1 then 'lillestrom' else 'ostersund' end,
                       case when n % 5 = 1 then 'NO' else 'SE' end, 'Benchmark AB ' || n,
                       '5599' || lpad((n % 1000000)::text, 6, '0'), 'Contact ' || n, 'c' || n || '@example.se',
                       'A synthetic inquiry for the benchmark',
                       case when n % 10 = 0 then (array['IN_TRIAGE','HANDED_OFF','IN_COORDINATION','FOLLOW_UP'])[1 + (n / 10) % 4]
                            else 'CLOSED' end,
                       false, 'applicant', now() - make_interval(mins => (n * 7) % 1051200), now(),
                       case when n % 10 = 0 then null
                            else now() - make_interval(mins => (n * 7) % 1051200) + make_interval(days => 5 + n % 60) end,
                       case when n % 10 = 0 then null else 'ESTABLISHED' end, 0
                from generate_series(1, ?) n""", cases);
        jdbc.update("""
                insert into inquiry (id, establishment_type, sector)
                select c.id, (array['NEW','EXPANSION','RELOCATION','LARGE'])[1 + abs(hashtext(c.case_number)) % 4], '62.01'
                from case_file c where c.case_number like 'BEN-%'""");
        jdbc.update("""
                insert into task (id, job_key, process_instance_key, process_id, element_id, name, form_key, case_id,
                    case_number, municipality, assignee, due_at, state, created_at, completed_at, completed_by,
                    checked_at, version)
                select gen_random_uuid(), -row_number() over (), -1, 'establishment-inquiry', 'Triage',
                       'Triage the inquiry', 'triage', i.id, i.case_number, i.municipality, null,
                       i.opened_at + interval '2 days',
                       case when i.closed_at is null then 'OPEN' else 'COMPLETED' end,
                       i.opened_at, case when i.closed_at is null then null else i.opened_at + interval '1 day' end,
                       case when i.closed_at is null then null else 'firstline' end,
                       -- the synthetic tasks have no engine jobs, so the reconciler must leave them alone
                       now() + interval '100 years', 0
                from case_file i where i.case_number like 'BEN-%'""");
        jdbc.update("""
                insert into task_candidate_group (task_id, candidate_group)
                select t.id, 'first-line' from task t where t.case_number like 'BEN-%'""");
        jdbc.update("""
                insert into handoff (id, case_id, process_instance_key, from_role, to_role, reason, requested_at,
                    accepted_at, accepted_by, acceptance_waiting_seconds, completed_at, version)
                select gen_random_uuid(), i.id, -row_number() over (), 'first-line', r.role, 'benchmark',
                       i.opened_at + interval '1 day', i.opened_at + interval '1 day' + make_interval(secs => 3600 + (abs(hashtext(i.case_number)) % 172800)),
                       r.role, 3600 + (abs(hashtext(i.case_number)) % 172800), i.closed_at, 0
                from case_file i cross join (values ('business'), ('planning')) r(role)
                where i.case_number like 'BEN-%'""");
        jdbc.execute("analyze");
    }

    private void intake() throws Exception {
        String applicant = tokens.of("applicant");
        for (int i = 0; i < 20; i++) {
            api.post("/api/v1/inquiries", applicant, Inquiries.norrsken());
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Long>> calls = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < SUBMISSIONS; i++) {
            calls.add(pool.submit(() -> {
                long sent = System.nanoTime();
                Response created = api.post("/api/v1/inquiries", applicant, Inquiries.norrsken());
                assertThat(created.status()).isEqualTo(201);
                return System.nanoTime() - sent;
            }));
        }
        List<Long> took = new ArrayList<>();
        for (Future<Long> call : calls) {
            took.add(call.get());
        }
        double elapsed = seconds(start);
        pool.shutdown();
        line("| Intake, POST /api/v1/inquiries (%d clients, %d inquiries) | %.0f inquiries/s | p50 %.0f ms | p95 %.0f ms |",
                CLIENTS, SUBMISSIONS, SUBMISSIONS / elapsed, percentile(took, 50), percentile(took, 95));
    }

    private void latency(String what, Supplier<?> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            Object result = call.get();
            took.add(System.nanoTime() - start);
            if (result instanceof Response response) {
                assertThat(response.status()).isEqualTo(200);
            }
        }
        line("| %s | | p50 %.0f ms | p95 %.0f ms |", what, percentile(took, 50), percentile(took, 95));
    }

    private static void asManager(CurrentUser manager, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                manager.username(), null, List.of(new SimpleGrantedAuthority(Role.MANAGER.authority()))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long count(String table) {
        Long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return rows == null ? 0 : rows;
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
