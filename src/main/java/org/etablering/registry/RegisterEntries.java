package org.etablering.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.etablering.cases.CaseRegister;
import org.etablering.cases.CaseRegister.CaseContact;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.OfficialsOnly;
import org.etablering.municipality.Country;
import org.etablering.municipality.Letters;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register: every document that arrives on a case or leaves it is registered in the transaction that records it,
 * numbered within the case ({@code ETB-2026-000123-4}), with its direction, the company as sender or recipient, a
 * title in the municipality's language, and, for a confidential case, the ground for secrecy. The public journal is
 * what anyone may see of it.
 */
@Service
public class RegisterEntries {

    /** Business secrets of a company in its dealings with the municipality. */
    static String groundFor(Country country) {
        return country == Country.NO ? "Offentleglova § 13, jf. forvaltningsloven § 13 første ledd nr. 2"
                : "OSL 30 kap. 23 §";
    }

    static final int JOURNAL_PAGE = 50;

    private final JdbcTemplate jdbc;
    private final CaseRegister cases;
    private final Municipalities municipalities;
    private final Letters letters;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;

    RegisterEntries(JdbcTemplate jdbc, CaseRegister cases, Municipalities municipalities, Letters letters,
                    org.springframework.context.MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.cases = cases;
        this.municipalities = municipalities;
        this.letters = letters;
        this.clock = clock;
    }

    /**
     * Registers a document of a case at once; the same source (a message, an issued document) is registered once.
     * The title is a bundle key, written in the municipality's language.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void register(UUID caseId, Direction direction, String titleKey, String documentKind, UUID sourceId) {
        register(cases.contactOf(caseId).orElseThrow(() -> new NotFoundException("case-not-found")), direction,
                titleKey, documentKind, sourceId);
    }

    /** The inquiry, application or land request itself, registered as it arrives. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registerReceipt(UUID caseId) {
        CaseContact contact = cases.contactOf(caseId).orElseThrow(() -> new NotFoundException("case-not-found"));
        register(contact, Direction.IN, "register.title.received." + contact.kind().name(), contact.kind().name(), null);
    }

    private void register(CaseContact contact, Direction direction, String titleKey, String documentKind,
                          UUID sourceId) {
        UUID caseId = contact.id();
        // one number at a time within a case
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (row, n) -> null, "register:" + caseId);
        if (sourceId != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from register_entry where source_id = ?)", Boolean.class, sourceId))) {
            return;
        }
        Integer highest = jdbc.queryForObject("select max(sequence) from register_entry where case_id = ?",
                Integer.class, caseId);
        int sequence = highest == null ? 1 : highest + 1;
        Country country = municipalities.get(contact.municipality()).country();
        jdbc.update("""
                insert into register_entry (id, case_id, municipality, sequence, entry_number, registered_at, direction,
                    counterpart, title, document_kind, source_id, confidential, legal_ground)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(), caseId, contact.municipality(), sequence, contact.caseNumber() + "-" + sequence,
                Timestamp.from(clock.instant()), direction.name(), contact.companyName(),
                title(contact.municipality(), titleKey), documentKind, sourceId, contact.confidential(),
                contact.confidential() ? groundFor(country) : null);
    }

    /** The title in the municipality's language; a kind of document without its own title is still registered. */
    private String title(String municipality, String key) {
        return messages.getMessage(key, null, messages.getMessage("register.title.fallback", null, "Handling",
                letters.languageOf(municipality)), letters.languageOf(municipality));
    }

    /** The case's register entries, in order, for an official who may see the case. */
    @OfficialsOnly
    @Transactional(readOnly = true)
    public List<RegisterEntryView> ofCase(UUID caseId, CurrentUser official) {
        if (!cases.canSee(caseId, official)) {
            throw new NotFoundException("case-not-found");
        }
        return jdbc.query("select * from register_entry where case_id = ? order by sequence", VIEW, caseId);
    }

    /** One page of the municipality's public journal, newest first, what is confidential masked. */
    @Transactional(readOnly = true)
    public JournalPage journal(String municipality, LocalDate from, LocalDate to, int page) {
        ZoneId zone = municipalities.get(municipality).country().zone();
        List<JournalEntry> entries = jdbc.query("""
                select entry_number, registered_at, direction, counterpart, title, confidential, legal_ground
                from register_entry where municipality = ? and registered_at >= ? and registered_at < ?
                order by registered_at desc, id limit ? offset ?""",
                (row, n) -> {
                    boolean secret = row.getBoolean("confidential");
                    return new JournalEntry(row.getString("entry_number"), row.getTimestamp("registered_at").toInstant(),
                            Direction.valueOf(row.getString("direction")), secret ? null : row.getString("counterpart"),
                            secret ? null : row.getString("title"), secret, row.getString("legal_ground"));
                },
                municipality, Timestamp.from(from.atStartOfDay(zone).toInstant()),
                Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()), JOURNAL_PAGE + 1, page * JOURNAL_PAGE);
        boolean more = entries.size() > JOURNAL_PAGE;
        return new JournalPage(more ? entries.subList(0, JOURNAL_PAGE) : entries, page, more);
    }

    /** A page of the journal and whether there is a next one. */
    public record JournalPage(List<JournalEntry> entries, int page, boolean more) {
    }

    /** The case an entry of the journal is registered on. */
    public record EntryCase(UUID caseId, String caseNumber) {
    }

    /** The case an entry of the municipality's journal belongs to, for a request to see the document. */
    @Transactional(readOnly = true)
    public Optional<EntryCase> caseOfEntry(String municipality, String entryNumber) {
        return jdbc.query("select r.case_id, c.case_number from register_entry r join case_file c on c.id = r.case_id "
                        + "where r.municipality = ? and r.entry_number = ?",
                (row, n) -> new EntryCase(row.getObject(1, UUID.class), row.getString(2)), municipality, entryNumber)
                .stream().findFirst();
    }

    private static final RowMapper<RegisterEntryView> VIEW = (row, n) -> new RegisterEntryView(
            row.getObject("id", UUID.class), row.getObject("case_id", UUID.class), row.getString("entry_number"),
            row.getTimestamp("registered_at").toInstant(), Direction.valueOf(row.getString("direction")),
            row.getString("counterpart"), row.getString("title"), row.getString("document_kind"),
            row.getBoolean("confidential"), row.getString("legal_ground"));
}
