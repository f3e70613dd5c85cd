package org.etablering.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's figures per municipality. Where counting them is quick they are counted on every request; where it
 * is slow (a region's years of cases) a refresh every half minute keeps them, so a manager gets them at once and the
 * page says when they were counted. A municipality nobody looked at for an hour is no longer refreshed.
 */
final class DashboardFigures {

    private static final Logger log = LoggerFactory.getLogger(DashboardFigures.class);
    /** Counting that takes longer than this is done ahead of time rather than while a manager waits. */
    static final Duration SLOW = Duration.ofMillis(250);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** {@code slow}: counting once took {@link #SLOW} or more; it stays so until the municipality is forgotten. */
    private record Figures(Dashboard dashboard, Duration took, boolean slow, Instant lastAsked) {
    }

    private final Function<String, Dashboard> counting;
    private final Clock clock;
    private final Map<String, Figures> byMunicipality = new ConcurrentHashMap<>();

    DashboardFigures(Function<String, Dashboard> counting, Clock clock) {
        this.counting = counting;
        this.clock = clock;
    }

    Dashboard of(String municipality) {
        Figures known = byMunicipality.get(municipality);
        if (known != null && known.slow()) {
            byMunicipality.put(municipality, new Figures(known.dashboard(), known.took(), true, clock.instant()));
            return known.dashboard();
        }
        return count(municipality).dashboard();
    }

    void refresh() {
        Instant now = clock.instant();
        byMunicipality.forEach((municipality, figures) -> {
            if (figures.lastAsked().plus(FORGET_AFTER).isBefore(now)) {
                byMunicipality.remove(municipality);
            } else if (figures.slow()) {
                try {
                    count(municipality);
                } catch (RuntimeException databaseAway) {
                    log.debug("Could not refresh the figures of {}: {}", municipality, databaseAway.getMessage());
                }
            }
        });
    }

    private Figures count(String municipality) {
        long start = System.nanoTime();
        Dashboard dashboard = counting.apply(municipality);
        Figures previous = byMunicipality.get(municipality);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // once slow, kept ahead of time: a quicker count under less load must not send managers back to waiting
        Figures counted = new Figures(dashboard, took, took.compareTo(SLOW) >= 0 || previous != null && previous.slow(),
                previous == null ? clock.instant() : previous.lastAsked());
        byMunicipality.put(municipality, counted);
        return counted;
    }
}
