package org.etablering.task;

import java.util.List;

/**
 * One page of an inbox, and where the next page starts ({@code next}, null on the last page). A page may hold fewer
 * tasks than asked for and still have a next one: tasks of cases the reader may not see are left out.
 */
public record TaskPage(List<Task> tasks, String next) {
}
