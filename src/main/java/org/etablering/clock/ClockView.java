package org.etablering.clock;

import java.time.Instant;
import java.util.List;
import org.etablering.municipality.WorkingCalendar;

/** A clock as every audience sees it. */
public record ClockView(
        ClockKind kind,
        String subject,
        State state,
        Instant startedAt,
        Instant dueAt,
        Integer normWorkingDays,
        Integer normWeeks,
        Instant countedFrom,
        Extension extension,
        Integer workingDaysLeft,
        boolean overdue,
        Boolean met,
        List<Pause> pauses) {

    public enum State { RUNNING, PAUSED, STOPPED }

    /** The one extension of a statutory period: how long, why, who decided it and when. */
    public record Extension(int weeks, String reason, String decidedBy, Instant decidedAt) {
    }

    public record Pause(Instant pausedAt, Instant resumedAt, PauseReason reason) {
    }

    static ClockView of(CaseClock clock, WorkingCalendar calendar, Instant now) {
        State state = clock.isRunning() ? State.RUNNING : clock.isPaused() ? State.PAUSED : State.STOPPED;
        return new ClockView(clock.getKind(), clock.getSubject().isEmpty() ? null : clock.getSubject(), state,
                clock.getStartedAt(), clock.getDueAt(), clock.isStatutory() ? null : clock.getNormWorkingDays(),
                clock.getNormWeeks(), clock.getCountedFrom(),
                clock.getExtensionWeeks() == null ? null : new Extension(clock.getExtensionWeeks(),
                        clock.getExtensionReason(), clock.getExtendedBy(), clock.getExtendedAt()),
                clock.workingDaysLeft(calendar, now), clock.isOverdue(now), clock.getMet(),
                clock.getPauses().stream().map(p -> new Pause(p.getPausedAt(), p.getResumedAt(), p.getReason())).toList());
    }
}
