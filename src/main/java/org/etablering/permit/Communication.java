package org.etablering.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The draft of an adverse decision sent to the applicant before deciding (förvaltningslagen 25 §). */
@Entity
@Table(name = "permit_communication")
public class Communication {

    @Id
    private UUID id;

    @Column(name = "permit_id", nullable = false, updatable = false)
    private UUID permitId;

    @Column(nullable = false, updatable = false)
    private String draft;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "reply_due", nullable = false, updatable = false)
    private Instant replyDue;

    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "nothing_to_add", nullable = false)
    private boolean nothingToAdd;

    @Column(name = "considered_at")
    private Instant consideredAt;

    @Column(name = "considered_by")
    private String consideredBy;

    @Column(name = "changes_assessment")
    private Boolean changesAssessment;

    private String consideration;

    protected Communication() {
    }

    Communication(UUID permitId, String draft, Instant sentAt, Instant replyDue) {
        this.id = UUID.randomUUID();
        this.permitId = permitId;
        this.draft = draft;
        this.sentAt = sentAt;
        this.replyDue = replyDue;
    }

    /** The applicant's reply; false if one was already given or the reply time is over. */
    boolean reply(String text, Instant now) {
        if (repliedAt != null || now.isAfter(replyDue)) {
            return false;
        }
        reply = text;
        repliedAt = now;
        return true;
    }

    /** The applicant says there is nothing to add to the draft; their reply time ends with it. */
    boolean nothingToAdd(String text, Instant now) {
        if (!reply(text, now)) {
            return false;
        }
        nothingToAdd = true;
        return true;
    }

    /** The case officer's view of the reply, or of its absence; recorded once. */
    boolean consider(boolean changes, String note, String by, Instant now) {
        if (consideredAt != null) {
            return false;
        }
        consideredAt = now;
        consideredBy = by;
        changesAssessment = changes;
        consideration = note;
        return true;
    }

    /** Whether the applicant has had their say: replied (perhaps with nothing to add) or let the time run out. */
    public boolean isAnsweredOrOver(Instant now) {
        return repliedAt != null || now.isAfter(replyDue);
    }

    public boolean isConsidered() {
        return consideredAt != null;
    }

    public boolean isReplied() {
        return repliedAt != null;
    }

    public UUID getId() { return id; }
    public String getDraft() { return draft; }
    public Instant getSentAt() { return sentAt; }
    public Instant getReplyDue() { return replyDue; }
    public String getReply() { return reply; }
    public Instant getRepliedAt() { return repliedAt; }
    public boolean isNothingToAdd() { return nothingToAdd; }
    public Instant getConsideredAt() { return consideredAt; }
    public String getConsideredBy() { return consideredBy; }
    public Boolean getChangesAssessment() { return changesAssessment; }
    public String getConsideration() { return consideration; }
}
