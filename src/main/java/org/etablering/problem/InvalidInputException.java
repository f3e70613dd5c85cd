package org.etablering.problem;

import java.util.List;

/** Input that breaks a rule the bean validation annotations cannot express (400 with the fields). */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> fields;

    public InvalidInputException(String message, List<FieldProblem> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
