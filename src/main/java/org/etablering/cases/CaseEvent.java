package org.etablering.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of a case's timeline: what happened, when, in which function and by whom. */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseEventKind kind;

    /** The function (role name) the event belongs to, if any. */
    private String role;

    private String actor;

    private String detail;

    /** Internal events are for officials only. */
    @Column(nullable = false)
    private boolean internal;

    protected CaseEvent() {
    }

    CaseEvent(UUID caseId, Instant occurredAt, CaseEventKind kind, String role, String actor, String detail,
              boolean internal) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.role = role;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.internal = internal;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public CaseEventKind getKind() { return kind; }
    public String getRole() { return role; }
    public String getActor() { return actor; }
    public String getDetail() { return detail; }
    public boolean isInternal() { return internal; }
}
