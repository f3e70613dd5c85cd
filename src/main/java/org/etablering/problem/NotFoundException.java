package org.etablering.problem;

/** The thing does not exist, or the caller may not know that it does: both answer 404. */
public class NotFoundException extends Refusal {

    public NotFoundException(String code, Object... arguments) {
        super(code, arguments, null);
    }
}
