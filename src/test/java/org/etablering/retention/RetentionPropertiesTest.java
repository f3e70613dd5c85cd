package org.etablering.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A retention rule may erase only what is personal; the application refuses to start with one that would do more. */
class RetentionPropertiesTest {

    @Test
    void aRuleThatWouldEraseDecisionsOrTheRegisterIsRefused() {
        for (String kept : List.of("DECISIONS", "REGISTER", "AUDIT", "CASE_NUMBER")) {
            assertThatThrownBy(() -> new RetentionProperties.Rule("PERMIT", List.of(), Period.ofYears(1), List.of(kept)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("always kept");
        }
        assertThatThrownBy(() -> new RetentionProperties.Rule("PARCEL", List.of(), Period.ofYears(1), null))
                .hasMessageContaining("case kind");
        assertThatThrownBy(() -> new RetentionProperties.Rule("INQUIRY", List.of(), Period.ofDays(3), null))
                .hasMessageContaining("at least a month");
    }

    @Test
    void aRuleWithoutATimeKeepsAndOneWithoutAListErasesEverythingPersonal() {
        assertThat(new RetentionProperties.Rule("PERMIT", null, null, null).keeps()).isTrue();
        assertThat(new RetentionProperties.Rule("INQUIRY", null, Period.ofYears(2), null).erase())
                .containsExactlyInAnyOrderElementsOf(RetentionProperties.ERASABLE);
    }
}
