package org.etablering.problem;

/** One invalid field of a request: its name (a JSON path for nested fields) and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
