package org.etablering.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A way to a yes that the officer tried, with any dialogue with the applicant, and whether it works. */
@Entity
@Table(name = "permit_alternative")
public class Alternative {

    @Id
    private UUID id;

    @Column(name = "permit_id", nullable = false, updatable = false)
    private UUID permitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AlternativeKind kind;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(updatable = false)
    private String dialogue;

    @Column(nullable = false, updatable = false)
    private boolean works;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Alternative() {
    }

    Alternative(UUID permitId, AlternativeKind kind, String description, String dialogue, boolean works,
                String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.permitId = permitId;
        this.kind = kind;
        this.description = description;
        this.dialogue = dialogue;
        this.works = works;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() { return id; }
    public AlternativeKind getKind() { return kind; }
    public String getDescription() { return description; }
    public String getDialogue() { return dialogue; }
    public boolean isWorks() { return works; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
