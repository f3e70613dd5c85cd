package org.etablering.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.etablering.municipality.Country;
import org.etablering.municipality.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** Statutory periods and service norms, counted as Swedish and Norwegian law count them. */
class CaseClockTest {

    private static final WorkingCalendar SWEDEN = new WorkingCalendar(Country.SE);
    private static final WorkingCalendar NORWAY = new WorkingCalendar(Country.NO);

    @Test
    void aSwedishBuildingPermitIsDueTenWeeksAfterTheCompleteApplication() {
        CaseClock deadline = permit(SWEDEN, 10, "2026-06-01");

        assertThat(deadline.getDueAt()).isEqualTo(endOf(Country.SE, "2026-08-10"));
        assertThat(deadline.workingDaysLeft(SWEDEN, at(Country.SE, "2026-08-03", 9))).isEqualTo(5);
    }

    @Test
    void aDeadlineOnAPublicHolidayMovesToTheNextWorkingDay() {
        assertThat(permit(SWEDEN, 10, "2026-10-16").getDueAt()).as("Christmas Day")
                .isEqualTo(endOf(Country.SE, "2026-12-28"));
        assertThat(permit(SWEDEN, 10, "2027-01-18").getDueAt()).as("Easter Monday 2027")
                .isEqualTo(endOf(Country.SE, "2027-03-30"));
        assertThat(permit(SWEDEN, 10, "2027-04-16").getDueAt()).as("Midsummer Eve 2027")
                .isEqualTo(endOf(Country.SE, "2027-06-28"));
        assertThat(permit(NORWAY, 12, "2027-02-22").getDueAt()).as("Constitution Day and Whit Monday 2027")
                .isEqualTo(endOf(Country.NO, "2027-05-18"));
        assertThat(permit(NORWAY, 3, "2026-12-04").getDueAt()).as("a simple Norwegian case over Christmas")
                .isEqualTo(endOf(Country.NO, "2026-12-28"));
        assertThat(permit(NORWAY, 12, "2030-01-25").getDueAt()).as("Good Friday to Easter Monday 2030")
                .isEqualTo(endOf(Country.NO, "2030-04-23"));
    }

    @Test
    void aPauseAddsItsCalendarDaysEvenOverTheHolidays() {
        CaseClock deadline = permit(SWEDEN, 10, "2026-12-01");
        assertThat(deadline.getDueAt()).isEqualTo(endOf(Country.SE, "2027-02-09"));

        deadline.pause(PauseReason.APPLICANT_REQUESTED, SWEDEN, at(Country.SE, "2026-12-20", 10));
        assertThat(deadline.isPaused()).isTrue();
        assertThat(deadline.getDueAt()).isNull();
        deadline.resume(SWEDEN, at(Country.SE, "2027-01-10", 10));

        assertThat(deadline.getDueAt()).isEqualTo(endOf(Country.SE, "2027-03-02"));
        assertThat(deadline.getPauses()).hasSize(1);
        assertThat(deadline.getPauses().get(0).getResumedAt()).isEqualTo(at(Country.SE, "2027-01-10", 10));
    }

    @Test
    void aServiceNormPausedOverChristmasKeepsItsWorkingDaysLeft() {
        CaseClock norm = CaseClock.workingDays(UUID.randomUUID(), ClockKind.FIRST_CONTACT, null, SWEDEN, 2,
                at(Country.SE, "2026-12-21", 10));
        assertThat(norm.getDueAt()).isEqualTo(endOf(Country.SE, "2026-12-23"));

        norm.pause(PauseReason.COMPLETION_REQUESTED, SWEDEN, at(Country.SE, "2026-12-22", 10));
        assertThat(norm.workingDaysLeft(SWEDEN, at(Country.SE, "2026-12-30", 10))).isEqualTo(1);
        norm.resume(SWEDEN, at(Country.SE, "2027-01-05", 10));

        assertThat(norm.getDueAt()).as("Epiphany is not a working day").isEqualTo(endOf(Country.SE, "2027-01-07"));
    }

    @Test
    void aCompletedApplicationRestartsThePeriodAndEarlierPausesNoLongerCount() {
        CaseClock deadline = permit(SWEDEN, 10, "2026-06-01");
        deadline.pause(PauseReason.COMPLETION_REQUESTED, SWEDEN, at(Country.SE, "2026-06-10", 10));

        deadline.restart(SWEDEN, at(Country.SE, "2026-07-01", 14));

        assertThat(deadline.isRunning()).isTrue();
        assertThat(deadline.getCountedFrom()).isEqualTo(at(Country.SE, "2026-07-01", 14));
        assertThat(deadline.getDueAt()).isEqualTo(endOf(Country.SE, "2026-09-09"));
    }

    @Test
    void aCompletionRequestedAfterTheWindowOnlyPausesThePeriod() {
        CaseClock deadline = permit(SWEDEN, 10, "2026-06-01");
        deadline.pause(PauseReason.COMPLETION_REQUESTED, SWEDEN, at(Country.SE, "2026-07-01", 10));

        deadline.resume(SWEDEN, at(Country.SE, "2026-07-15", 10));

        assertThat(deadline.getCountedFrom()).isEqualTo(at(Country.SE, "2026-06-01", 9));
        assertThat(deadline.getDueAt()).isEqualTo(endOf(Country.SE, "2026-08-24"));
    }

    @Test
    void onePeriodMayBeExtendedOnceByAtMostItsOwnLengthWithAReason() {
        CaseClock deadline = permit(SWEDEN, 10, "2026-06-01");
        Instant decidedAt = at(Country.SE, "2026-07-20", 11);

        assertThatThrownBy(() -> deadline.extend(11, "Consultation", "planning", SWEDEN, decidedAt))
                .isInstanceOfSatisfying(ClockRuleException.class,
                        refused -> assertThat(refused.rule()).isEqualTo(ClockRuleException.Rule.TOO_LONG));
        assertThatThrownBy(() -> deadline.extend(4, " ", "planning", SWEDEN, decidedAt))
                .isInstanceOf(ClockRuleException.class);
        deadline.extend(10, "The county board must be consulted", "planning", SWEDEN, decidedAt);

        assertThat(deadline.getDueAt()).isEqualTo(endOf(Country.SE, "2026-10-19"));
        assertThat(deadline.getExtensionWeeks()).isEqualTo(10);
        assertThat(deadline.getExtendedBy()).isEqualTo("planning");
        assertThatThrownBy(() -> deadline.extend(1, "Again", "planning", SWEDEN, decidedAt))
                .isInstanceOf(ClockRuleException.class).hasMessageContaining("once");
    }

    @Test
    void aPausedPeriodKeepsItsTimeLeftAndTakesAnExtensionWhenItResumes() {
        CaseClock deadline = permit(SWEDEN, 10, "2026-06-01");
        deadline.pause(PauseReason.APPLICANT_REQUESTED, SWEDEN, at(Country.SE, "2026-08-03", 9));
        assertThat(deadline.workingDaysLeft(SWEDEN, at(Country.SE, "2026-09-01", 9))).isEqualTo(5);

        deadline.extend(2, "Waiting for the fire service's opinion", "planning", SWEDEN, at(Country.SE, "2026-08-04", 9));
        assertThat(deadline.getDueAt()).as("paused: no due date").isNull();
        assertThat(deadline.workingDaysLeft(SWEDEN, at(Country.SE, "2026-09-01", 9))).isEqualTo(15);
        deadline.resume(SWEDEN, at(Country.SE, "2026-08-10", 9));

        assertThat(deadline.getDueAt()).isEqualTo(endOf(Country.SE, "2026-08-31"));
    }

    @Test
    void aPeriodThatHasRunOutCannotBeExtended() {
        CaseClock deadline = permit(SWEDEN, 10, "2026-06-01");

        assertThatThrownBy(() -> deadline.extend(2, "Too late", "planning", SWEDEN, at(Country.SE, "2026-08-11", 9)))
                .isInstanceOfSatisfying(ClockRuleException.class,
                        refused -> assertThat(refused.rule()).isEqualTo(ClockRuleException.Rule.RUN_OUT));
    }

    @Test
    void aMissedSwedishDeadlineTakesOneFifthOfTheFeePerStartedWeek() {
        CaseClock deadline = permit(SWEDEN, 10, "2026-06-01");
        deadline.stop(at(Country.SE, "2026-08-18", 10));

        FeeReduction reduction = FeeReduction.of(deadline, new BigDecimal("48000"), 20, at(Country.SE, "2026-09-01", 10));

        assertThat(deadline.getMet()).isFalse();
        assertThat(reduction.startedWeeksOver()).as("7 days and 10 hours over").isEqualTo(2);
        assertThat(reduction.percent()).isEqualTo(40);
        assertThat(reduction.reduction()).isEqualByComparingTo("19200");
        assertThat(reduction.feeToPay()).isEqualByComparingTo("28800");
    }

    @Test
    void aMissedNorwegianDeadlineTakesAQuarterPerStartedWeekAndNeverMoreThanTheFee() {
        CaseClock deadline = permit(NORWAY, 12, "2026-06-01");
        assertThat(deadline.getDueAt()).isEqualTo(endOf(Country.NO, "2026-08-24"));

        assertThat(FeeReduction.of(deadline, new BigDecimal("52000"), 25, at(Country.NO, "2026-08-24", 20)).percent())
                .as("on the last day").isZero();
        FeeReduction oneWeek = FeeReduction.of(deadline, new BigDecimal("52000"), 25, at(Country.NO, "2026-08-25", 9));
        assertThat(oneWeek.percent()).isEqualTo(25);
        assertThat(oneWeek.feeToPay()).isEqualByComparingTo("39000");
        assertThat(FeeReduction.of(deadline, new BigDecimal("52000"), 25, at(Country.NO, "2026-10-01", 9)).feeToPay())
                .isEqualByComparingTo("0");
    }

    private static CaseClock permit(WorkingCalendar calendar, int weeks, String completeOn) {
        return CaseClock.weeks(UUID.randomUUID(), ClockKind.PERMIT_DECISION, null, calendar, weeks,
                at(calendar.country(), completeOn, 9));
    }

    private static Instant at(Country country, String date, int hour) {
        return LocalDate.parse(date).atTime(hour, 0).atZone(country.zone()).toInstant();
    }

    private static Instant endOf(Country country, String date) {
        return LocalDate.parse(date).atTime(LocalTime.of(23, 59, 59)).atZone(country.zone()).toInstant();
    }
}
