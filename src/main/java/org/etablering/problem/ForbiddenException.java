package org.etablering.problem;

/** The caller is known and may see the thing, but not do this with it (403). */
public class ForbiddenException extends Refusal {

    public ForbiddenException(String code, Object... arguments) {
        super(code, arguments, null);
    }
}
