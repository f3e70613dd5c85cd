package org.etablering.clock;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.etablering.municipality.Country;
import org.etablering.municipality.WorkingCalendar;

/**
 * A deadline on a case. A service norm counts working days of the case's country: it pauses with the
 * days left kept and resumes counting them again. A statutory deadline counts calendar weeks from the
 * complete application: a pause adds its calendar days, a restart counts the whole period again from
 * the day the application became complete, one extension may be added, and a deadline that ends on a
 * weekend or public holiday moves to the next working day (as Swedish and Norwegian rules on the
 * computation of statutory time say). Every change recomputes the due date from these facts.
 */
@Entity
@Table(name = "case_clock")
public class CaseClock {

    /** A deadline falls at the end of its last day. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ClockKind kind;

    /** What the clock is about within the case, e.g. the hand-off it measures. */
    @Column(updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Country country;

    @Column(name = "norm_working_days", nullable = false, updatable = false)
    private int normWorkingDays;

    @Column(name = "norm_weeks", updatable = false)
    private Integer normWeeks;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    /** Where the period counts from: the start, or the day a completed application restarted it. */
    @Column(name = "counted_from", nullable = false)
    private Instant countedFrom;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "days_left_at_pause")
    private Integer daysLeftAtPause;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    private Boolean met;

    @Column(name = "extension_weeks")
    private Integer extensionWeeks;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "extended_by")
    private String extendedBy;

    @Column(name = "extended_at")
    private Instant extendedAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "clock_id")
    @OrderBy("pausedAt")
    private List<ClockPause> pauses = new ArrayList<>();

    @Version
    private Long version;

    protected CaseClock() {
    }

    private CaseClock(UUID caseId, ClockKind kind, String subject, Country country, int normWorkingDays,
                      Integer normWeeks, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.subject = subject == null ? "" : subject;
        this.country = country;
        this.normWorkingDays = normWorkingDays;
        this.normWeeks = normWeeks;
        this.startedAt = now;
        this.countedFrom = now;
    }

    /** A service norm of so many working days. */
    static CaseClock workingDays(UUID caseId, ClockKind kind, String subject, WorkingCalendar calendar,
                                 int workingDays, Instant now) {
        CaseClock clock = new CaseClock(caseId, kind, subject, calendar.country(), workingDays, null, now);
        clock.dueAt = clock.workingDaysAfter(calendar, now, workingDays);
        return clock;
    }

    /** A statutory period of so many calendar weeks. */
    static CaseClock weeks(UUID caseId, ClockKind kind, String subject, WorkingCalendar calendar, int weeks, Instant now) {
        if (weeks <= 0) {
            throw new IllegalArgumentException("A statutory period has at least one week");
        }
        CaseClock clock = new CaseClock(caseId, kind, subject, calendar.country(), 0, weeks, now);
        clock.dueAt = clock.statutoryDue(calendar);
        return clock;
    }

    void pause(PauseReason reason, WorkingCalendar calendar, Instant now) {
        if (!isRunning()) {
            return;
        }
        if (!isStatutory()) {
            // a statutory period is recomputed from its pauses instead
            daysLeftAtPause = Math.max(0, calendar.workingDaysBetween(day(now), day(dueAt)));
        }
        pausedAt = now;
        dueAt = null;
        pauses.add(new ClockPause(id, now, reason));
    }

    void resume(WorkingCalendar calendar, Instant now) {
        if (!isPaused()) {
            return;
        }
        pauses.get(pauses.size() - 1).resumed(now);
        pausedAt = null;
        if (isStatutory()) {
            dueAt = statutoryDue(calendar);
        } else {
            dueAt = workingDaysAfter(calendar, now, daysLeftAtPause);
            daysLeftAtPause = null;
        }
    }

    /**
     * The application is complete after a completion request made within the statutory window: the
     * whole period counts again from today (PBL 9 kap. 27 §), and earlier pauses no longer matter.
     */
    void restart(WorkingCalendar calendar, Instant now) {
        if (!isStatutory() || stoppedAt != null) {
            return;
        }
        if (isPaused()) {
            pauses.get(pauses.size() - 1).resumed(now);
            pausedAt = null;
        }
        countedFrom = now;
        dueAt = statutoryDue(calendar);
    }

    /** The one extension a statutory period allows, at most as long as the period itself. */
    void extend(int weeks, String reason, String by, WorkingCalendar calendar, Instant now) {
        if (!isStatutory()) {
            throw new ClockRuleException(ClockRuleException.Rule.NOT_STATUTORY, "Only a statutory period can be extended.");
        }
        if (stoppedAt != null) {
            throw new ClockRuleException(ClockRuleException.Rule.ENDED, "The deadline has already ended.");
        }
        if (extensionWeeks != null) {
            throw new ClockRuleException(ClockRuleException.Rule.ALREADY_EXTENDED, "The deadline has already been extended once; the law allows one extension.");
        }
        if (isRunning() && now.isAfter(dueAt)) {
            throw new ClockRuleException(ClockRuleException.Rule.RUN_OUT, "The period has run out; it can only be extended before it ends.");
        }
        if (weeks <= 0 || weeks > normWeeks) {
            throw new ClockRuleException(ClockRuleException.Rule.TOO_LONG, "An extension is 1 to " + normWeeks + " weeks, at most as long as the period.");
        }
        if (reason == null || reason.isBlank()) {
            throw new ClockRuleException(ClockRuleException.Rule.NO_REASON, "An extension needs a recorded reason.");
        }
        extensionWeeks = weeks;
        extensionReason = reason.strip();
        extendedBy = by;
        extendedAt = now;
        if (isRunning()) {
            dueAt = statutoryDue(calendar); // a paused one is recomputed when it resumes
        }
    }

    void stop(Instant now) {
        if (stoppedAt != null) {
            return;
        }
        if (isPaused()) {
            pauses.get(pauses.size() - 1).resumed(now);
        }
        met = dueAt == null || !now.isAfter(dueAt);
        stoppedAt = now;
    }

    /** Marks the warning sent; false if it was sent already. */
    boolean warned(Instant now) {
        if (warnedAt != null) {
            return false;
        }
        warnedAt = now;
        return true;
    }

    /** Marks the deadline's expiry escalated; false if it was already. */
    boolean escalated(Instant now) {
        if (escalatedAt != null) {
            return false;
        }
        escalatedAt = now;
        return true;
    }

    public boolean isStatutory() {
        return normWeeks != null;
    }

    public boolean isRunning() {
        return stoppedAt == null && pausedAt == null;
    }

    public boolean isPaused() {
        return stoppedAt == null && pausedAt != null;
    }

    /** Working days from today until the due date; negative when overdue, null when stopped. */
    public Integer workingDaysLeft(WorkingCalendar calendar, Instant now) {
        if (isPaused()) {
            // the time left when it paused: the due date as it stood, without the open pause
            return isStatutory()
                    ? Math.max(0, calendar.workingDaysBetween(day(pausedAt), day(statutoryDue(calendar))))
                    : daysLeftAtPause;
        }
        if (!isRunning()) {
            return null;
        }
        return calendar.workingDaysBetween(day(now), day(dueAt));
    }

    public boolean isOverdue(Instant now) {
        return isRunning() && now.isAfter(dueAt);
    }

    /** Started weeks past the due date at {@code end} (the decision, or now): what a fee reduction counts. */
    public int startedWeeksOver(Instant end) {
        Instant last = stoppedAt != null ? stoppedAt : end;
        if (dueAt == null || !last.isAfter(dueAt)) {
            return 0;
        }
        long seconds = dueAt.until(last, ChronoUnit.SECONDS);
        return (int) ((seconds + 7 * 86_400L - 1) / (7 * 86_400L));
    }

    private Instant statutoryDue(WorkingCalendar calendar) {
        LocalDate from = day(countedFrom);
        long paused = pauses.stream()
                .filter(pause -> pause.getResumedAt() != null && !pause.getPausedAt().isBefore(countedFrom))
                .mapToLong(pause -> ChronoUnit.DAYS.between(day(pause.getPausedAt()), day(pause.getResumedAt())))
                .sum();
        int weeks = normWeeks + (extensionWeeks == null ? 0 : extensionWeeks);
        LocalDate last = from.plusWeeks(weeks).plusDays(paused);
        while (!calendar.isWorkingDay(last)) {
            last = last.plusDays(1);
        }
        return last.atTime(END_OF_DAY).atZone(country.zone()).toInstant();
    }

    private Instant workingDaysAfter(WorkingCalendar calendar, Instant from, int workingDays) {
        return calendar.plusWorkingDays(day(from), workingDays).atTime(END_OF_DAY).atZone(country.zone()).toInstant();
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, country.zone());
    }

    public UUID getId() { return id; }
    public UUID getCaseId() { return caseId; }
    public ClockKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public Country getCountry() { return country; }
    public int getNormWorkingDays() { return normWorkingDays; }
    public Integer getNormWeeks() { return normWeeks; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCountedFrom() { return countedFrom; }
    public Instant getDueAt() { return dueAt; }
    public Instant getPausedAt() { return pausedAt; }
    public Instant getStoppedAt() { return stoppedAt; }
    public Boolean getMet() { return met; }
    public Integer getExtensionWeeks() { return extensionWeeks; }
    public String getExtensionReason() { return extensionReason; }
    public String getExtendedBy() { return extendedBy; }
    public Instant getExtendedAt() { return extendedAt; }
    public Instant getWarnedAt() { return warnedAt; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public List<ClockPause> getPauses() { return pauses; }
}
