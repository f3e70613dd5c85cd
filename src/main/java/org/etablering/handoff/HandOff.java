package org.etablering.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A case handed from the first-line service to a function: why, when it was requested, accepted and
 * completed, and by whom. The time it waited for acceptance is stored, because managers measure it.
 */
@Entity
@Table(name = "handoff")
public class HandOff {

    public enum State { REQUESTED, ACCEPTED, COMPLETED, SENT_BACK }

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "process_instance_key", nullable = false, updatable = false, unique = true)
    private long processInstanceKey;

    @Column(name = "from_role", nullable = false, updatable = false)
    private String fromRole;

    @Column(name = "to_role", nullable = false, updatable = false)
    private String toRole;

    @Column(updatable = false)
    private String reason;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "acceptance_due")
    private Instant acceptanceDue;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "acceptance_waiting_seconds")
    private Long acceptanceWaitingSeconds;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    private String summary;

    @Column(name = "next_steps")
    private String nextSteps;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "sent_back_at")
    private Instant sentBackAt;

    @Column(name = "sent_back_by")
    private String sentBackBy;

    @Column(name = "send_back_reason")
    private String sendBackReason;

    @Version
    private Long version;

    protected HandOff() {
    }

    HandOff(UUID caseId, long processInstanceKey, String fromRole, String toRole, String reason, Instant now,
            Instant acceptanceDue) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.processInstanceKey = processInstanceKey;
        this.fromRole = fromRole;
        this.toRole = toRole;
        this.reason = reason;
        this.requestedAt = now;
        this.acceptanceDue = acceptanceDue;
    }

    boolean accept(String by, Instant now) {
        if (acceptedAt != null) {
            return false;
        }
        acceptedAt = now;
        acceptedBy = by;
        acceptanceWaitingSeconds = Duration.between(requestedAt, now).toSeconds();
        return true;
    }

    boolean escalate(Instant now) {
        if (escalatedAt != null || acceptedAt != null) {
            return false;
        }
        escalatedAt = now;
        return true;
    }

    boolean complete(String by, String summary, String nextSteps, String followUp, Instant now) {
        if (completedAt != null) {
            return false;
        }
        this.completedAt = now;
        this.completedBy = by;
        this.summary = summary;
        this.nextSteps = nextSteps;
        this.followUp = followUp;
        return true;
    }

    /** The function says the hand-off should not have come to it; it ends here and first-line routes again. */
    boolean sendBack(String by, String reason, Instant now) {
        if (sentBackAt != null || acceptedAt != null) {
            return false;
        }
        sentBackAt = now;
        sentBackBy = by;
        sendBackReason = reason;
        acceptanceWaitingSeconds = Duration.between(requestedAt, now).toSeconds();
        return true;
    }

    public State getState() {
        return sentBackAt != null ? State.SENT_BACK : completedAt != null ? State.COMPLETED
                : acceptedAt != null ? State.ACCEPTED : State.REQUESTED;
    }

    /** How long the hand-off waited for acceptance, or has waited so far. */
    public Duration waitingTime(Instant now) {
        return acceptanceWaitingSeconds != null
                ? Duration.ofSeconds(acceptanceWaitingSeconds) : Duration.between(requestedAt, now);
    }

    public UUID getId() { return id; }
    public UUID getCaseId() { return caseId; }
    public long getProcessInstanceKey() { return processInstanceKey; }
    public String getFromRole() { return fromRole; }
    public String getToRole() { return toRole; }
    public String getReason() { return reason; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getAcceptanceDue() { return acceptanceDue; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public String getAcceptedBy() { return acceptedBy; }
    public Long getAcceptanceWaitingSeconds() { return acceptanceWaitingSeconds; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public String getCompletedBy() { return completedBy; }
    public String getSummary() { return summary; }
    public String getNextSteps() { return nextSteps; }
    public String getFollowUp() { return followUp; }
    public Instant getSentBackAt() { return sentBackAt; }
    public String getSentBackBy() { return sentBackBy; }
    public String getSendBackReason() { return sendBackReason; }
}
