package org.etablering.mail;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the application's e-mail says and where it comes from. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param baseUrl       the application's address as users reach it, for the links in each mail
 * @param defaultSender the From address of municipalities without their own
 * @param senders       the From address per municipality code
 * @param noticeOnly    every mail says only that there is news on the case, and nothing of it
 * @param maxAttempts   how often a mail the server cannot take now is tried before it counts as failed
 */
@ConfigurationProperties(prefix = "etablering.mail")
public record MailProperties(String baseUrl, String defaultSender, Map<String, String> senders, boolean noticeOnly,
                      int maxAttempts, Duration sweep) {

    public MailProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        defaultSender = defaultSender == null || defaultSender.isBlank() ? "etablering@localhost" : defaultSender;
        senders = senders == null ? Map.of() : Map.copyOf(senders);
        maxAttempts = maxAttempts <= 0 ? 12 : maxAttempts;
        sweep = sweep == null ? Duration.ofSeconds(5) : sweep;
    }

    String senderFor(String municipality) {
        return senders.getOrDefault(municipality, defaultSender);
    }
}
