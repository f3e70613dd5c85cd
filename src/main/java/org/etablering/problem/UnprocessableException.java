package org.etablering.problem;

import java.util.List;

/** The request is understood but cannot be honoured as it stands (422); the fields say what stands in the way. */
public class UnprocessableException extends Refusal {

    private final List<FieldProblem> fields;

    public UnprocessableException(String code, List<FieldProblem> fields, Object... arguments) {
        super(code, arguments, null);
        this.fields = List.copyOf(fields);
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
