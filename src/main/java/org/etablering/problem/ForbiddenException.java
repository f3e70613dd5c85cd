package org.etablering.problem;

/** The caller is known and may see the thing, but not do this with it (403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
