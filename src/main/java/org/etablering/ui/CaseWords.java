package org.etablering.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a case's timeline keeps as codes (the routing table's reasons, an outcome, a follow-up, a day) in the
 * reader's language; what a person wrote is shown as written. Used by the pages as {@code @caseWords}.
 */
@Component("caseWords")
public class CaseWords {

    /** Where an outcome or a status is named, in the order they are tried. */
    private static final List<String> OUTCOMES = List.of("form.follow-up.outcome.", "letter.permit.outcome.",
            "land.status.", "permit.status.", "inquiry.status.");

    /** Where a case's status is named, officials' words first. */
    private static final List<String> STATUSES = List.of("official.inquiry.status.", "inquiry.status.",
            "permit.status.", "land.status.");

    private final MessageSource messages;

    CaseWords(MessageSource messages) {
        this.messages = messages;
    }

    public String detail(Object kind, String detail, Locale locale) {
        if (detail == null) {
            return null;
        }
        return switch (String.valueOf(kind)) {
            case "HANDED_OFF" -> reasons(detail, locale);
            case "HANDOFF_COMPLETED" -> word(List.of("form.handoff-result.followUp."), detail, locale);
            case "CLOSED" -> word(OUTCOMES, detail, locale);
            case "FOLLOW_UP_SCHEDULED" -> day(detail, locale);
            default -> detail;
        };
    }

    /** A case's status as an official says it, whichever kind of case it is. */
    public String status(String status, Locale locale) {
        return status == null ? null : word(STATUSES, status, locale);
    }

    /** The routing table's reasons, each a code ({@code needs-land}) or words a municipality wrote itself. */
    public String reasons(String reasons, Locale locale) {
        return Arrays.stream(reasons.split("; ")).map(reason -> word(List.of("routing.reason."), reason, locale))
                .collect(Collectors.joining("; "));
    }

    private String word(List<String> prefixes, String code, Locale locale) {
        for (String prefix : prefixes) {
            String text = messages.getMessage(prefix + code.strip(), null, null, locale);
            if (text != null) {
                return text;
            }
        }
        return code;
    }

    private static String day(String iso, Locale locale) {
        try {
            return LocalDate.parse(iso).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        } catch (DateTimeParseException notADay) {
            return iso;
        }
    }
}
