package org.etablering.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;

/** A reporting period of whole days, both included: a start, an end not before it, at most five years. */
public record Period(LocalDate from, LocalDate to) {

    private static final int LONGEST_YEARS = 5;

    public static Period of(LocalDate from, LocalDate to) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("from", "must be given", "required", null));
        }
        if (to == null) {
            problems.add(new FieldProblem("to", "must be given", "required", null));
        }
        if (problems.isEmpty() && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "is before the start", "period-order", null));
        }
        if (problems.isEmpty() && from.plusYears(LONGEST_YEARS).isBefore(to)) {
            problems.add(new FieldProblem("to", "spans more than five years", "period-span", LONGEST_YEARS));
        }
        if (problems.isEmpty() && (from.getYear() < 2000 || to.getYear() > 2100)) {
            problems.add(new FieldProblem("from", "is out of range", "date", null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("period-invalid", problems);
        }
        return new Period(from, to);
    }
}
