package org.etablering.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.etablering.paging.PageCursor;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox reads the user's queues from the open entries of the tasks' queues (V20), which the database keeps in
 * step with the tasks: they must give the same tasks in the same order as the tasks themselves, as tasks arrive,
 * are completed and have their deadlines moved, read whole or page by page.
 */
@FullStackTest
class TaskQueuesIT extends FullStackSupport {

    /** Two queues, one of them named twice: merged, each task once. */
    private static final List<String> TWO_QUEUES = List.of("first-line", "business", "first-line");

    @Autowired
    TaskQueues queues;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theQueuesGiveWhatTheTasksSayAsTheyAreCompletedAndTheirDeadlinesMove() {
        Inbox inbox = new Inbox(api);
        String firstLine = tokens.of("firstline");
        List<JsonNode> triages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String number = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body()
                    .get("caseNumber").asText();
            triages.add(inbox.await(firstLine, number, "Triage the inquiry"));
        }
        assertThat(sameAsTheTasks()).hasSizeGreaterThanOrEqualTo(4);

        String completed = triages.get(0).get("id").asText();
        assertThat(api.post("/api/v1/tasks/" + completed + "/claim", firstLine, "").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/tasks/" + completed + "/complete", firstLine, Map.of("inquiryComplete", "yes"))
                .status()).isEqualTo(200);
        assertThat(sameAsTheTasks()).doesNotContain(UUID.fromString(completed));

        UUID movedFirst = UUID.fromString(triages.get(3).get("id").asText());
        UUID undated = UUID.fromString(triages.get(2).get("id").asText());
        jdbc.update("update task set due_at = now() - interval '400 days' where id = ?", movedFirst);
        jdbc.update("update task set due_at = null where id = ?", undated);
        List<UUID> now = sameAsTheTasks();
        assertThat(now.get(0)).as("the earliest deadline first").isEqualTo(movedFirst);
        assertThat(now).as("a task without a deadline after those with one").containsSubsequence(movedFirst, undated);

        // other tests' processes may file a first-line task meanwhile: compare pages read while the queue stood still
        List<List<UUID>> wholeAndPaged = Eventually.await("the queue standing still while it is paged",
                Duration.ofSeconds(30), () -> {
                    List<UUID> whole = queues.inDueOrder("ostersund", TWO_QUEUES, null, 10_000);
                    List<UUID> paged = pagesOfTwo();
                    return queues.inDueOrder("ostersund", TWO_QUEUES, null, 10_000).equals(whole)
                            ? Optional.of(List.of(whole, paged)) : Optional.empty();
                });
        assertThat(wholeAndPaged.get(1)).as("page by page, each task once").isEqualTo(wholeAndPaged.get(0))
                .doesNotHaveDuplicates();
    }

    /** The queue as the tasks give it, once both agree (a task filed between the two reads is read again). */
    private List<UUID> sameAsTheTasks() {
        return Eventually.await("the queue to give what the tasks say", Duration.ofSeconds(30), () -> {
            List<UUID> queue = fromQueues();
            return queue.equals(fromTasks()) ? Optional.of(queue) : Optional.empty();
        });
    }

    private List<UUID> pagesOfTwo() {
        List<UUID> paged = new ArrayList<>();
        PageCursor after = null;
        do {
            List<UUID> page = queues.inDueOrder("ostersund", TWO_QUEUES, after, 2);
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            paged.addAll(page);
            after = page.size() < 2 ? null : cursorAt(page.get(page.size() - 1));
        } while (after != null);
        return paged;
    }

    private List<UUID> fromQueues() {
        return queues.inDueOrder("ostersund", List.of("first-line"), null, 10_000);
    }

    private List<UUID> fromTasks() {
        return jdbc.queryForList("select t.id from task t where t.municipality = 'ostersund' and t.state = 'OPEN'"
                + " and exists (select 1 from task_candidate_group g where g.task_id = t.id"
                + " and g.candidate_group = 'first-line') order by t.due_at, t.created_at, t.id", UUID.class);
    }

    private PageCursor cursorAt(UUID task) {
        return jdbc.queryForObject("select due_at, created_at from task where id = ?", (row, n) -> new PageCursor(
                row.getTimestamp("due_at") == null ? null : row.getTimestamp("due_at").toInstant(),
                row.getTimestamp("created_at").toInstant(), task), task);
    }
}
