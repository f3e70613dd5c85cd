package org.etablering.clock;

import org.etablering.problem.ConflictException;

/** A change to a clock that the rules of the deadline do not allow, such as a second extension. */
public class ClockRuleException extends ConflictException {

    /** Which rule refused the change, so that pages can say it in the user's language. */
    public enum Rule { NOT_STATUTORY, ENDED, ALREADY_EXTENDED, RUN_OUT, TOO_LONG, NO_REASON, NOT_RUNNING }

    private final Rule rule;

    public ClockRuleException(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
