package org.etablering.municipality;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import org.etablering.municipality.Country;

/**
 * Days on which public authorities are closed in Sweden and Norway, computed for any year.
 * Sweden also counts Midsummer Eve, Christmas Eve and New Year's Eve: by lag (1930:173) a deadline
 * falling on one of them moves to the next working day, just as for a public holiday.
 */
public final class PublicHolidays {

    private PublicHolidays() {
    }

    public static Set<LocalDate> of(Country country, int year) {
        return switch (country) {
            case SE -> swedish(year);
            case NO -> norwegian(year);
        };
    }

    private static Set<LocalDate> swedish(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(year, 1, 1));
        days.add(LocalDate.of(year, 1, 6));
        days.add(easter.minusDays(2));
        days.add(easter);
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(49));
        days.add(LocalDate.of(year, 6, 6));
        LocalDate midsummerEve = firstOnOrAfter(year, MonthDay.of(6, 19), DayOfWeek.FRIDAY);
        days.add(midsummerEve);
        days.add(midsummerEve.plusDays(1));
        days.add(firstOnOrAfter(year, MonthDay.of(10, 31), DayOfWeek.SATURDAY));
        days.add(LocalDate.of(year, 12, 24));
        days.add(LocalDate.of(year, 12, 25));
        days.add(LocalDate.of(year, 12, 26));
        days.add(LocalDate.of(year, 12, 31));
        return days;
    }

    private static Set<LocalDate> norwegian(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(year, 1, 1));
        days.add(easter.minusDays(3));
        days.add(easter.minusDays(2));
        days.add(easter);
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1));
        days.add(LocalDate.of(year, 5, 17));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(49));
        days.add(easter.plusDays(50));
        days.add(LocalDate.of(year, 12, 25));
        days.add(LocalDate.of(year, 12, 26));
        return days;
    }

    private static LocalDate firstOnOrAfter(int year, MonthDay start, DayOfWeek day) {
        return start.atYear(year).with(TemporalAdjusters.nextOrSame(day));
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, valid for every year after 1582). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
