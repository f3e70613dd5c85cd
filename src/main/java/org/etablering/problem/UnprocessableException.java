package org.etablering.problem;

/** The request is understood but cannot be honoured as it stands (422). */
public class UnprocessableException extends RuntimeException {
    public UnprocessableException(String message) {
        super(message);
    }
}
