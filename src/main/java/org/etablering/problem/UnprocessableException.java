package org.etablering.problem;

import java.util.List;

/** The request is understood but cannot be honoured as it stands (422); the fields say what stands in the way. */
public class UnprocessableException extends RuntimeException {

    private final List<FieldProblem> fields;

    public UnprocessableException(String message) {
        this(message, List.of());
    }

    public UnprocessableException(String message, List<FieldProblem> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
