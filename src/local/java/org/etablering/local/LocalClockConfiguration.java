package org.etablering.local;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * In local mode the application runs on the clock the embedded engine's timers also run on, so that
 * moving time forward ({@link LocalStack#advanceTime}) moves both.
 */
@Configuration
class LocalClockConfiguration {

    @Bean
    @Primary
    Clock localClock() {
        return LocalStack.clock();
    }
}
