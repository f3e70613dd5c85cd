package org.etablering.cases;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stages a kind of case may be in. Each kind registers its own (a bean of this type naming its status
 * enum), so the register can check a status filter without knowing the kinds.
 */
public abstract class CaseStatuses {

    private final CaseKind kind;
    private final Set<String> names;

    protected CaseStatuses(CaseKind kind, Class<? extends Enum<?>> statuses) {
        this.kind = kind;
        this.names = Arrays.stream(statuses.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    public CaseKind kind() {
        return kind;
    }

    public Set<String> names() {
        return names;
    }
}
