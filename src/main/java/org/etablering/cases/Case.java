package org.etablering.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.etablering.municipality.Country;

/**
 * A case in the municipality's register: the header every kind shares. Inquiries, permits and land
 * requests are kinds of case that add their own details in a table of their own, keyed by the case's id.
 * The number, the opening and the closing belong to the register ({@link CaseRegister}); the kinds move
 * their own status.
 */
@Entity
@Table(name = "case_file")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 20)
public abstract class Case {

    @Id
    private UUID id;

    @Column(name = "case_number", nullable = false, unique = true, updatable = false)
    private String caseNumber;

    @Column(nullable = false, updatable = false)
    private String municipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Country country;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    @Column(name = "org_number", nullable = false)
    private String orgNumber;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    /** What the case is about, in the company's words. */
    @Column(nullable = false)
    private String description;

    /** The kind's own stage, by name. */
    @Column(name = "status", nullable = false)
    private String stage;

    /** The official who owns the case: the first-line "lots" of an inquiry, the case officer of a permit. */
    private String owner;

    @Column(nullable = false)
    private boolean confidential;

    /** The functions (role names) the case has been handed to. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_function", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "function")
    private Set<String> functions = new TreeSet<>();

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "outcome")
    private String closedWith;

    @Column(name = "parent_id", updatable = false)
    private UUID parentId;

    @Version
    private Long version;

    protected Case() {
    }

    /** A new case of its kind, not yet numbered: {@link CaseRegister#open} numbers and registers it. */
    protected Case(CaseHeader header, String initialStage) {
        this.id = UUID.randomUUID();
        this.municipality = header.municipality();
        this.country = header.country();
        this.companyName = header.companyName();
        this.orgNumber = header.orgNumber();
        this.contactName = header.contactName();
        this.contactEmail = header.contactEmail();
        this.contactPhone = header.contactPhone();
        this.description = header.description();
        this.confidential = header.confidential();
        this.functions = new TreeSet<>(header.functions());
        this.openedBy = header.openedBy();
        this.parentId = header.parentId();
        this.stage = initialStage;
    }

    /** The kind; the class says it, and JPA writes it to the {@code kind} column. */
    public abstract CaseKind kind();

    void register(String number, Instant now) {
        if (caseNumber != null) {
            throw new IllegalStateException("Case " + caseNumber + " is already registered");
        }
        this.caseNumber = number;
        this.openedAt = now;
        this.updatedAt = now;
    }

    /** Moves the kind's stage; false if the case is already there (a step delivered again). */
    protected boolean moveStage(String next, Instant now) {
        if (next.equals(stage)) {
            return false;
        }
        stage = next;
        updatedAt = now;
        return true;
    }

    /** Closes the case with its outcome; false if it was already closed. */
    boolean close(String outcome, Instant now) {
        if (closedAt != null) {
            return false;
        }
        closedAt = now;
        closedWith = outcome;
        updatedAt = now;
        return true;
    }

    /** Returns whether the owner changed. */
    protected boolean assignOwner(String official, Instant now) {
        if (official == null || official.equals(owner)) {
            return false;
        }
        owner = official;
        updatedAt = now;
        return true;
    }

    void handedTo(Set<String> roleNames) {
        functions.addAll(roleNames);
    }

    protected String stage() { return stage; }

    public UUID getId() { return id; }
    public boolean isClosed() { return closedAt != null; }
    public CaseKind getKind() { return kind(); }
    public String getCaseNumber() { return caseNumber; }
    public String getMunicipality() { return municipality; }
    public Country getCountry() { return country; }
    public String getCompanyName() { return companyName; }
    public String getOrgNumber() { return orgNumber; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public String getDescription() { return description; }
    public String getStatusName() { return stage; }
    public String getOwner() { return owner; }
    public boolean isConfidential() { return confidential; }
    public Set<String> getFunctions() { return functions; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getOutcomeName() { return closedWith; }
    public UUID getParentId() { return parentId; }
}
