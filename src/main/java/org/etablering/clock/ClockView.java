package org.etablering.clock;

import java.time.Instant;
import java.util.List;

/** A clock as every audience sees it. */
public record ClockView(
        ClockKind kind,
        String subject,
        State state,
        Instant startedAt,
        Instant dueAt,
        Integer normWorkingDays,
        Integer workingDaysLeft,
        boolean overdue,
        Boolean met,
        List<Pause> pauses) {

    public enum State { RUNNING, PAUSED, STOPPED }

    public record Pause(Instant pausedAt, Instant resumedAt, PauseReason reason) {
    }

    static ClockView of(CaseClock clock, WorkingCalendar calendar, Instant now) {
        State state = clock.isRunning() ? State.RUNNING : clock.isPaused() ? State.PAUSED : State.STOPPED;
        return new ClockView(clock.getKind(), clock.getSubject().isEmpty() ? null : clock.getSubject(), state,
                clock.getStartedAt(), clock.getDueAt(), clock.getNormWorkingDays(),
                clock.workingDaysLeft(calendar, now), clock.isOverdue(now), clock.getMet(),
                clock.getPauses().stream().map(p -> new Pause(p.getPausedAt(), p.getResumedAt(), p.getReason())).toList());
    }
}
