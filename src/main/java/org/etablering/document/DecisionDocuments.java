package org.etablering.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.etablering.municipality.Letters;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents the municipality issues on its cases: each decision written out as a PDF/A in the municipality's
 * language, stored with the case in the transaction that makes the decision, and handed out as stored. Who may
 * read a case's documents is the case's feature to decide before it calls here.
 */
@Service
public class DecisionDocuments {

    private final CaseDocumentRepository documents;
    private final Letters letters;
    private final Municipalities municipalities;
    private final org.springframework.context.ApplicationEventPublisher events;

    DecisionDocuments(CaseDocumentRepository documents, Letters letters, Municipalities municipalities,
                      org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.documents = documents;
        this.letters = letters;
        this.municipalities = municipalities;
    }

    /** Writes and stores the document; issuing the same one again (a step delivered twice) returns the first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentView issue(DecisionContent content) {
        return documents.findByCaseIdAndKindAndReference(content.caseId(), content.kind(), content.reference())
                .orElseGet(() -> {
                    PrintedDecision printed = printed(content);
                    byte[] pdf = DecisionPdf.render(printed);
                    CaseDocument issued = documents.saveAndFlush(new CaseDocument(content.caseId(), content.kind(),
                            content.reference(), printed.title(), fileName(content), sha256(pdf), pdf, content.decidedAt()));
                    events.publishEvent(new DocumentIssued(content.caseId(), issued.getId(), content.kind(),
                            printed.title(), content.municipality()));
                    return issued;
                }).view();
    }

    /** The document of this kind and reference on the case, if it was issued. */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.Optional<DocumentView> find(UUID caseId, DocumentKind kind, String reference) {
        return documents.findByCaseIdAndKindAndReference(caseId, kind, reference).map(CaseDocument::view);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<DocumentView> of(UUID caseId) {
        return documents.findByCaseIdOrderByIssuedAtAsc(caseId).stream().map(CaseDocument::view).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedDocument get(UUID caseId, UUID documentId) {
        CaseDocument document = documents.findByIdAndCaseId(documentId, caseId)
                .orElseThrow(() -> new NotFoundException("document-not-found"));
        return new IssuedDocument(document.view(), document.getContent());
    }

    private PrintedDecision printed(DecisionContent content) {
        String municipality = content.municipality();
        Locale language = letters.languageOf(municipality);
        String kind = content.kind().name();
        String date = letters.day(municipality,
                LocalDate.ofInstant(content.decidedAt(), municipalities.calendarOf(municipality).country().zone()));
        List<PrintedDecision.Fact> facts = new ArrayList<>();
        facts.add(new PrintedDecision.Fact(word(municipality, "case-number"), content.caseNumber()));
        facts.add(new PrintedDecision.Fact(word(municipality, "date"), date));
        DecisionContent.Applicant applicant = content.applicant();
        facts.add(new PrintedDecision.Fact(word(municipality, "applicant." + kind), applicant.orgNumber() == null
                ? applicant.companyName()
                : word(municipality, "company", applicant.companyName(), applicant.orgNumber())));
        facts.add(new PrintedDecision.Fact(word(municipality, "issuer"), municipalities.nameOf(municipality)));
        facts.add(new PrintedDecision.Fact(word(municipality, "subject"), content.subject()));
        List<PrintedDecision.Section> sections = new ArrayList<>();
        section(sections, word(municipality, "decision." + kind), content.decision());
        section(sections, word(municipality, "legal-basis"), content.legalBasis());
        section(sections, word(municipality, "reasoning"), content.reasoning());
        section(sections, word(municipality, "conditions"), content.conditions());
        section(sections, word(municipality, "appeal"), content.appeal());
        section(sections, word(municipality, "decided-by." + kind), content.decidedBy());
        return new PrintedDecision(language.toLanguageTag(), municipalities.nameOf(municipality),
                word(municipality, "title." + kind, content.subject()), facts, sections,
                (page, pages) -> word(municipality, "page", page, pages), content.decidedAt());
    }

    private static void section(List<PrintedDecision.Section> sections, String heading, String text) {
        if (text != null && !text.isBlank()) {
            sections.add(new PrintedDecision.Section(heading, text.strip()));
        }
    }

    private String word(String municipality, String key, Object... arguments) {
        return letters.write(municipality, "document." + key, arguments);
    }

    /** A name a person recognises in a folder: the case number and what the document is. */
    private String fileName(DecisionContent content) {
        String what = word(content.municipality(), "file." + content.kind().name());
        return (content.caseNumber() + "-" + what + ".pdf").replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
