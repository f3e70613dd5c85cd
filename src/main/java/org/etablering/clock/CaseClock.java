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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.etablering.municipality.Country;

/**
 * A deadline on a case, counted in working days of the case's country. It can pause (the days left are
 * kept) and resume (the due date is counted again from the day it resumes), and it stops when what it
 * measures is done, as met or missed.
 */
@Entity
@Table(name = "case_clock")
public class CaseClock {

    /** A deadline falls at the end of its last working day. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    @Id
    private UUID id;

    @Column(name = "inquiry_id", nullable = false, updatable = false)
    private UUID inquiryId;

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

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "days_left_at_pause")
    private Integer daysLeftAtPause;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    private Boolean met;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "clock_id")
    @OrderBy("pausedAt")
    private List<ClockPause> pauses = new ArrayList<>();

    @Version
    private Long version;

    protected CaseClock() {
    }

    CaseClock(UUID inquiryId, ClockKind kind, String subject, WorkingCalendar calendar, int normWorkingDays, Instant now) {
        this.id = UUID.randomUUID();
        this.inquiryId = inquiryId;
        this.kind = kind;
        this.subject = subject == null ? "" : subject;
        this.country = calendar.country();
        this.normWorkingDays = normWorkingDays;
        this.startedAt = now;
        this.dueAt = dueAfter(calendar, now, normWorkingDays);
    }

    void pause(PauseReason reason, WorkingCalendar calendar, Instant now) {
        if (!isRunning()) {
            return;
        }
        daysLeftAtPause = Math.max(0, calendar.workingDaysBetween(today(now), today(dueAt)));
        pausedAt = now;
        dueAt = null;
        pauses.add(new ClockPause(id, now, reason));
    }

    void resume(WorkingCalendar calendar, Instant now) {
        if (pausedAt == null || stoppedAt != null) {
            return;
        }
        dueAt = dueAfter(calendar, now, daysLeftAtPause);
        pausedAt = null;
        daysLeftAtPause = null;
        pauses.get(pauses.size() - 1).resumed(now);
    }

    void stop(Instant now) {
        if (stoppedAt != null) {
            return;
        }
        met = dueAt == null || !now.isAfter(dueAt);
        stoppedAt = now;
    }

    public boolean isRunning() {
        return stoppedAt == null && pausedAt == null;
    }

    public boolean isPaused() {
        return stoppedAt == null && pausedAt != null;
    }

    /** Working days from today until the due date; negative when overdue, null when not running. */
    public Integer workingDaysLeft(WorkingCalendar calendar, Instant now) {
        if (isPaused()) {
            return daysLeftAtPause;
        }
        if (!isRunning()) {
            return null;
        }
        return calendar.workingDaysBetween(today(now), today(dueAt));
    }

    public boolean isOverdue(Instant now) {
        return isRunning() && now.isAfter(dueAt);
    }

    private Instant dueAfter(WorkingCalendar calendar, Instant from, int workingDays) {
        return calendar.plusWorkingDays(today(from), workingDays).atTime(END_OF_DAY).atZone(country.zone()).toInstant();
    }

    private LocalDate today(Instant instant) {
        return LocalDate.ofInstant(instant, country.zone());
    }

    public UUID getId() { return id; }
    public UUID getInquiryId() { return inquiryId; }
    public ClockKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public Country getCountry() { return country; }
    public int getNormWorkingDays() { return normWorkingDays; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getPausedAt() { return pausedAt; }
    public Instant getStoppedAt() { return stoppedAt; }
    public Boolean getMet() { return met; }
    public List<ClockPause> getPauses() { return pauses; }
}
