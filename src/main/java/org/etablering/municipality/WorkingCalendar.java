package org.etablering.municipality;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.etablering.municipality.Country;

/** Working-day arithmetic for one country: weekends and that country's public holidays are not working days. */
public final class WorkingCalendar {

    private final Country country;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingCalendar(Country country) {
        this.country = country;
    }

    public Country country() {
        return country;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        return !holidaysByYear.computeIfAbsent(date.getYear(), year -> PublicHolidays.of(country, year)).contains(date);
    }

    /** The date {@code workingDays} working days after {@code start}; the start day itself does not count. */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The date {@code workingDays} working days before {@code end}; the end day itself does not count. */
    public LocalDate minusWorkingDays(LocalDate end, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate date = end;
        int counted = 0;
        while (counted < workingDays) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} lies before. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
