package org.etablering.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field of a request: its name (a JSON path for nested fields) and what is wrong with it.
 * Where a form's rule was broken, {@code rule} names it (e.g. {@code max-length}) and {@code limit} gives
 * its bound, so a page can say it in the user's language. Serializable, because a refused form carries its problems
 * to the page it returns to in the (database-stored) session.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String field, String message, String rule, Object limit) implements java.io.Serializable {

    public FieldProblem(String field, String message) {
        this(field, message, null, null);
    }
}
