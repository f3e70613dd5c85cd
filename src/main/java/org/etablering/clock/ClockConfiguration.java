package org.etablering.clock;

import java.time.Clock;
import org.etablering.local.LocalStack;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ServiceNorms.class)
class ClockConfiguration {

    /** The system clock, or in local mode the one the embedded engine's timers also run on. */
    @Bean
    Clock clock() {
        return LocalStack.clock();
    }
}
