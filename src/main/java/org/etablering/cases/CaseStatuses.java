package org.etablering.cases;

import java.util.Arrays;
import java.util.Set;

/**
 * The stages a kind of case may be in. Each kind registers its own (a bean of this type naming its status
 * enum), so the register can check a status filter without knowing the kinds.
 */
public abstract class CaseStatuses {

    private final CaseKind kind;
    private final Set<String> names;
    private final java.util.List<String> ordered;

    protected CaseStatuses(CaseKind kind, Class<? extends Enum<?>> statuses) {
        this.kind = kind;
        this.ordered = Arrays.stream(statuses.getEnumConstants()).map(Enum::name).toList();
        this.names = Set.copyOf(ordered);
    }

    public CaseKind kind() {
        return kind;
    }

    public java.util.List<String> ordered() {
        return ordered;
    }

    public Set<String> names() {
        return names;
    }
}
