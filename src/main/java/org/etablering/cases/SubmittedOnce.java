package org.etablering.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.etablering.identity.CurrentUser;
import org.etablering.problem.ConflictException;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case from a web form once per form: the form carries a one-time key, taken in the same transaction as
 * the case is opened. A second post with the key (a double click, a reload) waits for the first and is given the
 * case it opened; a post whose first attempt failed simply tries again.
 */
@Service
public class SubmittedOnce {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SubmittedOnce(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UUID open(String kind, String key, CurrentUser user, Supplier<UUID> opening) {
        String taken = kind + ":" + checked(key);
        int inserted = jdbc.update("insert into submitted_once (submission_key, username, submitted_at) values (?, ?, ?) "
                + "on conflict do nothing", taken, user.username(), Timestamp.from(clock.instant()));
        if (inserted == 1) {
            UUID opened = opening.get();
            jdbc.update("update submitted_once set case_id = ? where submission_key = ?", opened, taken);
            return opened;
        }
        List<UUID> earlier = jdbc.queryForList("select case_id from submitted_once where submission_key = ? "
                + "and username = ? and case_id is not null", UUID.class, taken, user.username());
        if (earlier.isEmpty()) {
            throw new ConflictException("form-already-sent");
        }
        return earlier.getFirst();
    }

    private static String checked(String key) {
        try {
            return UUID.fromString(key == null ? "" : key).toString();
        } catch (IllegalArgumentException notAKey) {
            throw new InvalidInputException("form-key-invalid",
                    List.of(new FieldProblem("submissionToken", "is not a form key", "pattern", null)));
        }
    }
}
