package org.etablering.clock;

import org.etablering.problem.ConflictException;

/** A change to a clock that the rules of the deadline do not allow, such as a second extension. */
public class ClockRuleException extends ConflictException {

    public ClockRuleException(String message) {
        super(message);
    }
}
