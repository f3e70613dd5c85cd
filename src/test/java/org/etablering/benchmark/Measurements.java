package org.etablering.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies per page or endpoint, and failures, from many threads at once. */
final class Measurements {

    private final Map<String, List<Long>> took = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failed = new ConcurrentHashMap<>();

    void record(String what, long nanos, boolean ok) {
        took.computeIfAbsent(what, key -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
        if (!ok) {
            failed.computeIfAbsent(what, key -> new AtomicLong()).incrementAndGet();
        }
    }

    double p(String what, int percentile) {
        List<Long> sorted;
        synchronized (took.get(what)) {
            sorted = new ArrayList<>(took.get(what));
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** One row per page: count, rate, p50/p95/p99 and failures, in the order first measured. */
    List<String> table(double seconds) {
        List<String> rows = new ArrayList<>();
        rows.add("| page or endpoint | requests | per second | p50 ms | p95 ms | p99 ms | failed |");
        rows.add("|---|---:|---:|---:|---:|---:|---:|");
        took.keySet().stream().sorted().forEach(what -> rows.add(String.format(Locale.ROOT,
                "| %s | %d | %.1f | %.0f | %.0f | %.0f | %d |", what, took.get(what).size(),
                took.get(what).size() / seconds, p(what, 50), p(what, 95), p(what, 99),
                failed.getOrDefault(what, new AtomicLong()).get())));
        return rows;
    }

    void clear() {
        took.clear();
        failed.clear();
    }
}
