package org.etablering.rules;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Decision;
import io.camunda.client.api.response.DeploymentEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.etablering.identity.AdminsOnly;
import org.etablering.identity.CurrentUser;
import org.etablering.problem.CleanText;
import org.etablering.problem.ConflictException;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
import org.etablering.problem.ServiceUnavailableException;
import org.etablering.workflow.DecisionTableSource;
import org.etablering.workflow.EngineAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the decision tables the processes call. An administrator puts a new version into service (checked,
 * then deployed to the engine as its newest version, then recorded with who, when and why) or puts an earlier one
 * back; every case that reaches the decision from then on uses it. The record is what start-up deploys, so a restart
 * keeps the version in service and never puts the shipped file back over it.
 */
@Service
public class DecisionTables implements DecisionTableSource {

    private static final Logger log = LoggerFactory.getLogger(DecisionTables.class);
    private static final int COMMENT_LIMIT = 2000;
    static final String SHIPPED = "SHIPPED";
    static final String UPLOADED = "UPLOADED";
    static final String REINSTATED = "REINSTATED";

    private final JdbcTemplate jdbc;
    private final CamundaClient camunda;
    private final Clock clock;

    DecisionTables(JdbcTemplate jdbc, CamundaClient camunda, Clock clock) {
        this.jdbc = jdbc;
        this.camunda = camunda;
        this.clock = clock;
    }

    /** Every decision table's versions, newest first. */
    @AdminsOnly
    @Transactional(readOnly = true)
    public List<DecisionTableView> versions() {
        return jdbc.query("select * from decision_table_version order by decision_id, version desc", VIEW);
    }

    @AdminsOnly
    @Transactional(readOnly = true)
    public byte[] content(String decisionId, int version) {
        return jdbc.query("select content from decision_table_version where decision_id = ? and version = ?",
                (row, n) -> row.getBytes(1), decisionId, version).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("decision-version-not-found"));
    }

    /** Checks the table, deploys it to the engine and records it as the version in service. */
    @AdminsOnly
    @Transactional
    public DecisionTableView upload(byte[] content, String comment, CurrentUser admin) {
        String why = commentOf(comment);
        List<FieldProblem> problems = DecisionTableCheck.problems(content);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("decision-table-invalid", problems);
        }
        DecisionContract contract = DecisionTableCheck.contractOf(content);
        return putInService(contract, content, UPLOADED, null, why, admin.username());
    }

    /** Puts an earlier version back into service, as a new version with the same content. */
    @AdminsOnly
    @Transactional
    public DecisionTableView reinstate(String decisionId, int version, String comment, CurrentUser admin) {
        String why = commentOf(comment);
        DecisionTableView earlier = find(decisionId, version)
                .orElseThrow(() -> new NotFoundException("decision-version-not-found"));
        if (earlier.inService()) {
            throw new ConflictException("decision-version-in-service", version);
        }
        DecisionContract contract = DecisionContract.ALL.stream().filter(c -> c.decisionId().equals(decisionId))
                .findFirst().orElseThrow(() -> new NotFoundException("decision-version-not-found"));
        return putInService(contract, content(decisionId, version), REINSTATED, version, why, admin.username());
    }

    private DecisionTableView putInService(DecisionContract contract, byte[] content, String source,
                                           Integer reinstatedFrom, String comment, String by) {
        // one at a time per decision: two administrators cannot both take the next version number
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (row, n) -> null, "decision:" + contract.decisionId());
        int next = nextVersion(contract.decisionId());
        Decision deployed = deploy(contract, content);
        jdbc.update("update decision_table_version set in_service = false where decision_id = ? and in_service",
                contract.decisionId());
        insert(contract, next, content, source, reinstatedFrom, by, comment, true, deployed);
        log.info("Decision table {} version {} put into service by {} (engine version {})", contract.decisionId(),
                next, by, deployed.getVersion());
        return find(contract.decisionId(), next).orElseThrow();
    }

    private Decision deploy(DecisionContract contract, byte[] content) {
        try {
            DeploymentEvent event = camunda.newDeployResourceCommand().addResourceBytes(content, contract.fileName())
                    .send().join(30, TimeUnit.SECONDS);
            return event.getDecisions().stream().filter(d -> d.getDmnDecisionId().equals(contract.decisionId()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("The engine did not report the decision"));
        } catch (RuntimeException refused) {
            if (EngineAnswer.isUnavailable(refused)) {
                throw new ServiceUnavailableException("engine-unavailable", refused);
            }
            log.info("The engine refused decision table {}: {}", contract.decisionId(), refused.getMessage());
            throw new InvalidInputException("decision-table-invalid",
                    List.of(new FieldProblem("file", "dmn-engine-refused", "dmn-engine-refused", null)));
        }
    }

    @Override
    @Transactional
    public byte[] inService(String fileName, byte[] shipped) {
        Optional<DecisionContract> contract = DecisionContract.ALL.stream()
                .filter(known -> known.fileName().equals(fileName)).findFirst();
        if (contract.isEmpty()) {
            return shipped;
        }
        String decisionId = contract.get().decisionId();
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (row, n) -> null, "decision:" + decisionId);
        String sha = sha256(shipped);
        Optional<DecisionTableView> current = jdbc.query(
                "select * from decision_table_version where decision_id = ? and in_service", VIEW, decisionId)
                .stream().findFirst();
        boolean known = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from decision_table_version where decision_id = ? and sha256 = ? and source = ?)",
                Boolean.class, decisionId, sha, SHIPPED));
        if (!known) {
            // a release's own table replaces the table it shipped before, never one the municipality put in service
            boolean takesOver = current.isEmpty() || SHIPPED.equals(current.get().source());
            if (takesOver) {
                jdbc.update("update decision_table_version set in_service = false where decision_id = ? and in_service",
                        decisionId);
            }
            insert(contract.get(), nextVersion(decisionId), shipped, SHIPPED, null, "etablering",
                    "Shipped with the application", takesOver, null);
            if (takesOver) {
                return shipped;
            }
        }
        return current.map(view -> content(decisionId, view.version())).orElse(shipped);
    }

    @Override
    @Transactional
    public void deployed(String decisionId, int engineVersion, long engineKey) {
        jdbc.update("update decision_table_version set engine_version = ?, engine_key = ? where decision_id = ? and in_service",
                engineVersion, engineKey, decisionId);
    }

    private Optional<DecisionTableView> find(String decisionId, int version) {
        return jdbc.query("select * from decision_table_version where decision_id = ? and version = ?", VIEW,
                decisionId, version).stream().findFirst();
    }

    private int nextVersion(String decisionId) {
        Integer highest = jdbc.queryForObject("select max(version) from decision_table_version where decision_id = ?",
                Integer.class, decisionId);
        return highest == null ? 1 : highest + 1;
    }

    private void insert(DecisionContract contract, int version, byte[] content, String source, Integer reinstatedFrom,
                        String by, String comment, boolean inService, Decision deployed) {
        jdbc.update("""
                insert into decision_table_version (decision_id, version, file_name, content, sha256, source,
                    reinstated_from, recorded_by, recorded_at, comment, in_service, engine_version, engine_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                contract.decisionId(), version, contract.fileName(), content, sha256(content), source, reinstatedFrom,
                by, java.sql.Timestamp.from(clock.instant()), comment, inService,
                deployed == null ? null : deployed.getVersion(), deployed == null ? null : deployed.getDecisionKey());
    }

    private static String commentOf(String comment) {
        String text = comment == null ? "" : comment.strip();
        Optional<String> unclean = CleanText.problemIn(text);
        if (text.isEmpty() || text.length() > COMMENT_LIMIT || unclean.isPresent()) {
            throw new InvalidInputException("decision-table-invalid", List.of(text.isEmpty()
                    ? new FieldProblem("comment", "must not be blank", "required", null)
                    : unclean.isPresent() ? new FieldProblem("comment", unclean.get())
                    : new FieldProblem("comment", "too long", "max-length", COMMENT_LIMIT)));
        }
        return text;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static final RowMapper<DecisionTableView> VIEW = (row, n) -> new DecisionTableView(
            row.getString("decision_id"), row.getInt("version"), row.getString("file_name"), row.getString("sha256"),
            row.getString("source"), (Integer) row.getObject("reinstated_from"), row.getString("recorded_by"),
            row.getTimestamp("recorded_at").toInstant(), row.getString("comment"), row.getBoolean("in_service"),
            (Integer) row.getObject("engine_version"));

    static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
