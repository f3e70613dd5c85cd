package org.etablering.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time of local mode. The embedded engine's timers run on a clock that can be moved forward, so
 * that a follow-up due in six months can be seen today; the application must then move with it, or it
 * would compute new deadlines that the engine already considers past.
 */
final class LocalTime extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    void advance(Duration duration) {
        ahead.accumulateAndGet(duration, Duration::plus);
    }

    Duration ahead() {
        return ahead.get();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead.get());
    }
}
