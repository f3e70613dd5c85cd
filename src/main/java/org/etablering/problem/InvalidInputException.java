package org.etablering.problem;

import java.util.List;

/** Input that breaks a rule the bean validation annotations cannot express (400 with the fields). */
public class InvalidInputException extends Refusal {

    private final List<FieldProblem> fields;

    public InvalidInputException(String code, List<FieldProblem> fields, Object... arguments) {
        super(code, arguments, null);
        this.fields = List.copyOf(fields);
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
