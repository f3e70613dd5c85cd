package org.etablering.task;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.etablering.paging.PageCursor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a municipality's queues in due order, read queue by queue from the open entries of the task's
 * queues (V20): each queue is read in due order up to the page's end, however many other tasks the municipality
 * has, and the queues are merged. A task in two of the user's queues comes once.
 */
@Component
class TaskQueues {

    private final NamedParameterJdbcTemplate jdbc;

    TaskQueues(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the first {@code limit} open tasks after {@code after} (null: from the start), in due order. */
    List<UUID> inDueOrder(String municipality, Collection<String> queues, PageCursor after, int limit) {
        if (queues.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("m", municipality).addValue("limit", limit);
        if (after != null) {
            params.addValue("afterDue", after.value() == null ? null : Timestamp.from(after.value()))
                    .addValue("afterArrival", Timestamp.from(after.tie())).addValue("afterId", after.id());
        }
        List<String> reads = new ArrayList<>();
        int n = 0;
        for (String queue : new LinkedHashSet<>(queues)) {
            String name = "q" + n++;
            params.addValue(name, queue);
            String entries = "select task_id, due_at, created_at from task_candidate_group"
                    + " where open and municipality = :m and candidate_group = :" + name;
            if (after == null) {
                reads.add(entries + " order by due_at, created_at, task_id limit :limit");
            } else if (after.value() != null) {
                // those due later, then those without a date, which come last
                reads.add(entries + " and (due_at, created_at, task_id) > (:afterDue, :afterArrival, :afterId)"
                        + " order by due_at, created_at, task_id limit :limit");
                reads.add(entries + " and due_at is null order by created_at, task_id limit :limit");
            } else {
                reads.add(entries + " and due_at is null and (created_at, task_id) > (:afterArrival, :afterId)"
                        + " order by created_at, task_id limit :limit");
            }
        }
        String sql = "select task_id from (" + String.join(" union all ", reads.stream().map(read -> "(" + read + ")")
                .toList()) + ") entries order by due_at, created_at, task_id";
        LinkedHashSet<UUID> ids = new LinkedHashSet<>(jdbc.queryForList(sql, params, UUID.class));
        return ids.stream().limit(limit).toList();
    }
}
