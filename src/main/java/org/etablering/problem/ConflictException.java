package org.etablering.problem;

/** The request is well-formed but clashes with the current state (409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
