package org.etablering.clock;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ServiceNorms.class)
class ClockConfiguration {

    /** The application's time: the system clock (local mode puts its movable clock in front of it). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
