package org.etablering.problem;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How JSON requests are read: a list with an empty ({@code null}) item is refused, not carried along. */
@Configuration
class JsonInputConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer refuseNullItems() {
        return builder -> builder.postConfigurer(mapper -> {
            for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
                mapper.configOverride(type).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
            }
        });
    }
}
