package org.etablering.clock;

/** A change to a clock that the rules of the deadline do not allow, such as a second extension. */
public class ClockRuleException extends RuntimeException {

    public ClockRuleException(String message) {
        super(message);
    }
}
