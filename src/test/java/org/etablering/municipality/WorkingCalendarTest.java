package org.etablering.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.etablering.municipality.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar sweden = new WorkingCalendar(Country.SE);
    private final WorkingCalendar norway = new WorkingCalendar(Country.NO);

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void computesEasterSunday(int year, LocalDate easter) {
        assertThat(PublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void swedishHolidaysIncludeMidsummerEveAndAllSaintsDay() {
        assertThat(PublicHolidays.of(Country.SE, 2026)).contains(
                LocalDate.of(2026, 6, 19),  // Midsummer Eve, the Friday between 19 and 25 June
                LocalDate.of(2026, 6, 20),  // Midsummer Day
                LocalDate.of(2026, 10, 31), // All Saints' Day, the Saturday between 31 October and 6 November
                LocalDate.of(2026, 5, 14),  // Ascension Day, Easter + 39
                LocalDate.of(2026, 6, 6),
                LocalDate.of(2026, 12, 24));
        assertThat(PublicHolidays.of(Country.SE, 2026)).doesNotContain(LocalDate.of(2026, 5, 25)); // no Whit Monday
    }

    @Test
    void norwegianHolidaysIncludeMaundyThursdayConstitutionDayAndWhitMonday() {
        assertThat(PublicHolidays.of(Country.NO, 2026)).contains(
                LocalDate.of(2026, 4, 2),   // Maundy Thursday
                LocalDate.of(2026, 5, 17),  // Constitution Day
                LocalDate.of(2026, 5, 25))  // Whit Monday
                .doesNotContain(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 6));
    }

    @Test
    void countsWorkingDaysPastWeekendsAndEaster() {
        // Wednesday 1 April 2026 + 2 working days: Maundy Thursday counts in Sweden, not in Norway
        LocalDate wednesday = LocalDate.of(2026, 4, 1);
        assertThat(sweden.plusWorkingDays(wednesday, 2)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(norway.plusWorkingDays(wednesday, 2)).isEqualTo(LocalDate.of(2026, 4, 8));
        // Friday + 1 working day is Monday
        assertThat(sweden.plusWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void christmasWeekAcrossTheNewYear() {
        // Tuesday 22 December 2026 + 3 working days in Sweden: 23, 28, 29 (24-27 and 31 are not working days)
        assertThat(sweden.plusWorkingDays(LocalDate.of(2026, 12, 22), 3)).isEqualTo(LocalDate.of(2026, 12, 29));
        // ...and 5: 30 December, then 2 January 2027 is a Saturday, so Monday 4 January
        assertThat(sweden.plusWorkingDays(LocalDate.of(2026, 12, 22), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
        // Norway: Christmas Eve and New Year's Eve are working days by law: 23, 24, 28, 29, 30
        assertThat(norway.plusWorkingDays(LocalDate.of(2026, 12, 22), 5)).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAdding() {
        LocalDate start = LocalDate.of(2026, 3, 30);
        for (int days = 0; days <= 40; days++) {
            LocalDate due = sweden.plusWorkingDays(start, days);
            assertThat(sweden.workingDaysBetween(start, due)).isEqualTo(days);
            assertThat(sweden.workingDaysBetween(due, start)).isEqualTo(-days);
        }
    }
}
