package org.etablering.municipality;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of what the municipality sends a company (requests, reminders, drafts, decisions), from the
 * message bundles in the municipality's own language: Swedish in Sweden, Norwegian bokmål in Norway.
 */
@Component
public class Letters {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    private final MessageSource messages;
    private final Municipalities municipalities;

    Letters(MessageSource messages, Municipalities municipalities) {
        this.messages = messages;
        this.municipalities = municipalities;
    }

    /** The text of {@code letter.<key>} for a company of this municipality. */
    public String write(String municipality, String key, Object... arguments) {
        return messages.getMessage("letter." + key, arguments, languageOf(municipality));
    }

    /** Any text of the bundles (not only letters, e.g. a task's name) in the municipality's language. */
    public String message(String municipality, String key, Object... arguments) {
        return messages.getMessage(key, arguments, languageOf(municipality));
    }

    /** A day as the municipality writes it in a letter: "14 december 2026", "14. desember 2026". */
    public String day(String municipality, java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(languageOf(municipality)));
    }

    /** The language the municipality writes in. */
    public Locale languageOf(String municipality) {
        return municipalities.get(municipality).country() == Country.NO ? NORWEGIAN : SWEDISH;
    }
}
