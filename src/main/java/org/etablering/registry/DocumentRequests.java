package org.etablering.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.CleanText;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
import org.etablering.workflow.WorkflowMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anyone's request to see a document found in the public journal, with no need to say who they are: it starts the
 * "Request for a public document" process, whose task reaches the registry (first-line) at once.
 */
@Service
public class DocumentRequests {

    static final String MESSAGE = "document-requested";
    private static final int NAME_LIMIT = 200;
    private static final int NOTE_LIMIT = 2000;

    /** What the requester wrote; only the entry is needed. */
    public record Request(String entryNumber, String name, String contact, String note) {
    }

    private final RegisterEntries register;
    private final Municipalities municipalities;
    private final WorkflowMessages workflow;

    DocumentRequests(RegisterEntries register, Municipalities municipalities, WorkflowMessages workflow) {
        this.register = register;
        this.municipalities = municipalities;
        this.workflow = workflow;
    }

    @Transactional
    public void request(String municipality, Request request) {
        if (!municipalities.serves(municipality)) {
            throw new NotFoundException("not-found");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String entry = text("entryNumber", request.entryNumber(), 40, true, problems);
        String name = text("name", request.name(), NAME_LIMIT, false, problems);
        String contact = text("contact", request.contact(), NAME_LIMIT, false, problems);
        String note = text("note", request.note(), NOTE_LIMIT, false, problems);
        Optional<RegisterEntries.EntryCase> caseId = entry.isEmpty() ? Optional.empty() : register.caseOfEntry(municipality, entry);
        if (!entry.isEmpty() && caseId.isEmpty()) {
            problems.add(new FieldProblem("entryNumber", "is not an entry of this journal", "journal-entry", null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("document-request-invalid", problems);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", caseId.get().caseId().toString());
        variables.put("caseNumber", caseId.get().caseNumber());
        variables.put("municipality", municipality);
        variables.put("entryNumber", entry);
        variables.put("requesterName", name);
        variables.put("requesterContact", contact);
        variables.put("requestNote", note);
        workflow.publish(MESSAGE, UUID.randomUUID().toString(), variables);
    }

    private static String text(String field, String value, int limit, boolean required, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            problems.add(new FieldProblem(field, "must not be blank", "required", null));
        } else if (text.length() > limit) {
            problems.add(new FieldProblem(field, "too long", "max-length", limit));
        } else {
            CleanText.problemIn(text).ifPresent(problem -> problems.add(new FieldProblem(field, problem)));
        }
        return text;
    }
}
