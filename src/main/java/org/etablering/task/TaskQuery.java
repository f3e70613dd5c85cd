package org.etablering.task;

import java.time.Instant;

/** Filters and order of the task list; every field may be left out. */
public record TaskQuery(
        String candidateGroup,
        Assignment assignment,
        Instant dueBefore,
        String caseNumber,
        String text,
        Sort sort) {

    public enum Assignment { ANY, MINE, UNASSIGNED }

    public enum Sort { DUE, FOLLOW_UP, CREATED }

    public static TaskQuery all() {
        return new TaskQuery(null, Assignment.ANY, null, null, null, Sort.DUE);
    }
}
