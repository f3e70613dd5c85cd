package org.etablering.task;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.etablering.paging.PageCursor;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The task list's query: always open tasks of the user's municipality and groups, then the chosen filters. */
final class TaskSpecifications {

    private TaskSpecifications() {
    }

    static Specification<Task> openFor(String municipality, Collection<String> groups, String username, TaskQuery query) {
        return (task, criteria, builder) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(builder.equal(task.get("municipality"), municipality));
            all.add(builder.equal(task.get("state"), TaskState.OPEN));
            if (query.candidateGroup() != null && !groups.contains(query.candidateGroup())) {
                return builder.disjunction(); // not one of the user's queues: nothing to show
            }
            all.add(inGroups(task, criteria, builder,
                    query.candidateGroup() == null ? groups : List.of(query.candidateGroup())));
            switch (query.assignment() == null ? TaskQuery.Assignment.ANY : query.assignment()) {
                case MINE -> all.add(builder.equal(task.get("assignee"), username));
                case UNASSIGNED -> all.add(builder.isNull(task.get("assignee")));
                case ANY -> { }
            }
            if (query.dueBefore() != null) {
                all.add(builder.lessThan(task.get("dueAt"), query.dueBefore()));
            }
            if (query.caseNumber() != null && !query.caseNumber().isBlank()) {
                all.add(builder.equal(task.get("caseNumber"), query.caseNumber().strip()));
            }
            if (query.text() != null && !query.text().isBlank()) {
                String pattern = "%" + query.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(builder.or(
                        builder.like(builder.lower(task.get("name")), pattern, '\\'),
                        builder.like(builder.lower(task.get("caseNumber")), pattern, '\\')));
            }
            return builder.and(all.toArray(Predicate[]::new));
        };
    }

    /**
     * Every open task of the municipality, whatever its queue, for managers: by function (candidate group),
     * assignee ({@link #UNASSIGNED} for none) and whether it is overdue at {@code now}.
     */
    static Specification<Task> openInMunicipality(String municipality, String function, String assignee, Instant overdueAt) {
        return (task, criteria, builder) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(builder.equal(task.get("municipality"), municipality));
            all.add(builder.equal(task.get("state"), TaskState.OPEN));
            if (function != null) {
                all.add(inGroups(task, criteria, builder, List.of(function)));
            }
            if (UNASSIGNED.equals(assignee)) {
                all.add(builder.isNull(task.get("assignee")));
            } else if (assignee != null) {
                all.add(builder.equal(task.get("assignee"), assignee));
            }
            if (overdueAt != null) {
                all.add(builder.lessThan(task.get("dueAt"), overdueAt));
            }
            return builder.and(all.toArray(Predicate[]::new));
        };
    }

    /**
     * The task is in one of the groups. Written as EXISTS rather than a join, so that no DISTINCT is needed and
     * the database can walk the open tasks in the inbox's order and stop at the page's last row.
     */
    private static Predicate inGroups(jakarta.persistence.criteria.Root<Task> task,
                                      jakarta.persistence.criteria.CriteriaQuery<?> criteria,
                                      jakarta.persistence.criteria.CriteriaBuilder builder, Collection<String> groups) {
        jakarta.persistence.criteria.Subquery<Integer> inGroup = criteria.subquery(Integer.class);
        jakarta.persistence.criteria.Root<Task> same = inGroup.correlate(task);
        Join<Task, String> group = same.join("candidateGroups");
        return builder.exists(inGroup.select(builder.literal(1)).where(group.in(groups)));
    }

    /** The assignee filter's value for tasks nobody has claimed. */
    static final String UNASSIGNED = "-";

    /**
     * Tasks without a date come last (PostgreSQL sorts nulls last in ascending order), ties go to the task that
     * arrived first, and the id makes the order total, so that a page ends at a definite row.
     */
    static Sort order(TaskQuery.Sort sort) {
        return switch (sort == null ? TaskQuery.Sort.DUE : sort) {
            case DUE -> Sort.by(Sort.Order.asc("dueAt"), Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
            case FOLLOW_UP -> Sort.by(Sort.Order.asc("followUpAt"), Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
            case CREATED -> Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"));
        };
    }

    /** The sort key of a task in this order: null for a task without the date. */
    static Instant keyOf(Task task, TaskQuery.Sort sort) {
        return switch (sort == null ? TaskQuery.Sort.DUE : sort) {
            case DUE -> task.getDueAt();
            case FOLLOW_UP -> task.getFollowUpAt();
            case CREATED -> task.getCreatedAt();
        };
    }

    /** The tasks after the row where a page of {@link #order} ended. */
    static Specification<Task> after(TaskQuery.Sort sort, PageCursor cursor) {
        return (task, criteria, builder) -> {
            Path<Instant> created = task.get("createdAt");
            Path<UUID> id = task.get("id");
            Predicate laterArrival = builder.or(builder.greaterThan(created, cursor.tie()),
                    builder.and(builder.equal(created, cursor.tie()), builder.greaterThan(id, cursor.id())));
            if (sort == TaskQuery.Sort.CREATED) {
                return laterArrival;
            }
            Path<Instant> key = task.get(sort == TaskQuery.Sort.FOLLOW_UP ? "followUpAt" : "dueAt");
            if (cursor.value() == null) { // among the tasks without the date, which come last
                return builder.and(builder.isNull(key), laterArrival);
            }
            return builder.or(builder.greaterThan(key, cursor.value()),
                    builder.and(builder.equal(key, cursor.value()), laterArrival), builder.isNull(key));
        };
    }
}
