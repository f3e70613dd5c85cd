package org.etablering.problem;

/** The request is well-formed but clashes with the current state (409). */
public class ConflictException extends Refusal {

    public ConflictException(String code, Object... arguments) {
        super(code, arguments, null);
    }
}
