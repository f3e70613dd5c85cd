package org.etablering.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.etablering.municipality.Municipalities;
import org.etablering.municipality.WorkingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clocks of cases. Callers name a clock by case, kind and subject; starting, pausing, resuming and
 * stopping are idempotent, so a step of the process that is repeated changes nothing.
 */
@Service
public class Clocks {

    private final CaseClockRepository clocks;
    private final Municipalities municipalities;
    private final Clock time;

    Clocks(CaseClockRepository clocks, Municipalities municipalities, Clock time) {
        this.clocks = clocks;
        this.municipalities = municipalities;
        this.time = time;
    }

    /** Starts the clock unless one of this kind and subject already runs; returns the running clock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseClock start(UUID caseId, String municipality, ClockKind kind, String subject, int normWorkingDays) {
        return current(caseId, kind, subject).orElseGet(() -> clocks.save(CaseClock.workingDays(caseId, kind, subject,
                municipalities.calendarOf(municipality), normWorkingDays, time.instant())));
    }

    /** Starts a statutory period of calendar weeks unless one of this kind and subject already runs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseClock startWeeks(UUID caseId, String municipality, ClockKind kind, String subject, int weeks) {
        return current(caseId, kind, subject).orElseGet(() -> clocks.save(CaseClock.weeks(caseId, kind, subject,
                municipalities.calendarOf(municipality), weeks, time.instant())));
    }

    /** Counts a statutory period again from today: the application became complete. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseClock> restart(UUID caseId, String municipality, ClockKind kind, String subject) {
        return current(caseId, kind, subject).map(clock -> {
            clock.restart(municipalities.calendarOf(municipality), time.instant());
            return clock;
        });
    }

    /** The one extension of a statutory period, with its reason and who decided it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseClock extend(UUID caseId, String municipality, ClockKind kind, String subject, int weeks, String reason,
                            String decidedBy) {
        CaseClock clock = current(caseId, kind, subject)
                .orElseThrow(() -> new ClockRuleException(ClockRuleException.Rule.NOT_RUNNING, "There is no running " + kind + " deadline to extend."));
        clock.extend(weeks, reason, decidedBy, municipalities.calendarOf(municipality), time.instant());
        return clock;
    }

    /** Records that the warning before expiry went out; false if it already had. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean warned(UUID caseId, ClockKind kind, String subject) {
        return current(caseId, kind, subject).map(clock -> clock.warned(time.instant())).orElse(false);
    }

    /** Records that the expiry was escalated; false if it already had been. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean escalated(UUID caseId, ClockKind kind, String subject) {
        return current(caseId, kind, subject).map(clock -> clock.escalated(time.instant())).orElse(false);
    }


    /** The latest clock of this kind and subject, stopped or not. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseClock> latest(UUID caseId, ClockKind kind, String subject) {
        String key = subject == null ? "" : subject;
        return clocks.findByCaseIdOrderByStartedAt(caseId).stream()
                .filter(clock -> clock.getKind() == kind && clock.getSubject().equals(key))
                .reduce((first, second) -> second);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseClock> pause(UUID caseId, String municipality, ClockKind kind, String subject, PauseReason reason) {
        return current(caseId, kind, subject)
                .map(clock -> {
                    clock.pause(reason, municipalities.calendarOf(municipality), time.instant());
                    return clock;
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseClock> resume(UUID caseId, String municipality, ClockKind kind, String subject) {
        return current(caseId, kind, subject)
                .map(clock -> {
                    clock.resume(municipalities.calendarOf(municipality), time.instant());
                    return clock;
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseClock> stop(UUID caseId, ClockKind kind, String subject) {
        return current(caseId, kind, subject).map(clock -> {
            clock.stop(time.instant());
            return clock;
        });
    }

    /** Stops every clock of a case that is closed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stopAll(UUID caseId) {
        clocks.findByCaseIdAndStoppedAtIsNull(caseId).forEach(clock -> clock.stop(time.instant()));
    }

    @Transactional(readOnly = true)
    public List<ClockView> of(UUID caseId, String municipality) {
        WorkingCalendar calendar = municipalities.calendarOf(municipality);
        Instant now = time.instant();
        return clocks.findByCaseIdOrderByStartedAt(caseId).stream()
                .map(clock -> ClockView.of(clock, calendar, now))
                .toList();
    }

    /** The running clock that falls due first, if any. */
    public static Optional<ClockView> nextDeadline(List<ClockView> clocks) {
        return clocks.stream().filter(clock -> clock.state() == ClockView.State.RUNNING)
                .min(Comparator.comparing(ClockView::dueAt));
    }

    /** The clock of this kind and subject that has not stopped (running or paused), if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseClock> current(UUID caseId, ClockKind kind, String subject) {
        return clocks.running(caseId, kind, subject == null ? "" : subject).stream().findFirst();
    }
}
