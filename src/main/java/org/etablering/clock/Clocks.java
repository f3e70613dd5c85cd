package org.etablering.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.etablering.municipality.Municipalities;
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
    public CaseClock start(UUID inquiryId, String municipality, ClockKind kind, String subject, int normWorkingDays) {
        return running(inquiryId, kind, subject).orElseGet(() -> clocks.save(new CaseClock(inquiryId, kind, subject,
                municipalities.calendarOf(municipality), normWorkingDays, time.instant())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseClock> pause(UUID inquiryId, String municipality, ClockKind kind, String subject, PauseReason reason) {
        return running(inquiryId, kind, subject)
                .map(clock -> {
                    clock.pause(reason, municipalities.calendarOf(municipality), time.instant());
                    return clock;
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseClock> resume(UUID inquiryId, String municipality, ClockKind kind, String subject) {
        return running(inquiryId, kind, subject)
                .map(clock -> {
                    clock.resume(municipalities.calendarOf(municipality), time.instant());
                    return clock;
                });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseClock> stop(UUID inquiryId, ClockKind kind, String subject) {
        return running(inquiryId, kind, subject).map(clock -> {
            clock.stop(time.instant());
            return clock;
        });
    }

    /** Stops every clock of a case that is closed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stopAll(UUID inquiryId) {
        clocks.findByInquiryIdAndStoppedAtIsNull(inquiryId).forEach(clock -> clock.stop(time.instant()));
    }

    @Transactional(readOnly = true)
    public List<ClockView> of(UUID inquiryId, String municipality) {
        WorkingCalendar calendar = municipalities.calendarOf(municipality);
        Instant now = time.instant();
        return clocks.findByInquiryIdOrderByStartedAt(inquiryId).stream()
                .map(clock -> ClockView.of(clock, calendar, now))
                .toList();
    }

    /** The running clock that falls due first, if any. */
    public static Optional<ClockView> nextDeadline(List<ClockView> clocks) {
        return clocks.stream().filter(clock -> clock.state() == ClockView.State.RUNNING)
                .min(Comparator.comparing(ClockView::dueAt));
    }

    private Optional<CaseClock> running(UUID inquiryId, ClockKind kind, String subject) {
        return clocks.findFirstByInquiryIdAndKindAndSubjectAndStoppedAtIsNull(inquiryId, kind, subject == null ? "" : subject);
    }
}
