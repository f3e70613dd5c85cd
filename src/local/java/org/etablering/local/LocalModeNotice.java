package org.etablering.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells plainly, once the application is up, which components run embedded and what that means. */
@Component
class LocalModeNotice {

    private static final Logger log = LoggerFactory.getLogger(LocalModeNotice.class);

    @EventListener(ApplicationReadyEvent.class)
    void tell() {
        var notices = LocalStack.notices();
        if (notices.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder("LOCAL MODE — for evaluation and development, not for production:");
        notices.forEach(notice -> text.append(System.lineSeparator()).append("  * ").append(notice));
        log.warn(text.toString());
    }
}
