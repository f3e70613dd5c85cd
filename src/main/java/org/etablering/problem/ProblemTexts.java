package org.etablering.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Problem details in the caller's language: the first of {@code Accept-Language} the product speaks (sv, nb, en),
 * else the language of the caller's municipality, else Swedish. The {@code code} property stays the same in every
 * language, for programs; field problems that name a form rule are told in the same language.
 */
@Component
public class ProblemTexts {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    private final MessageSource messages;
    private final List<CallerLanguage> callerLanguage;

    ProblemTexts(MessageSource messages, List<CallerLanguage> callerLanguage) {
        this.messages = messages;
        this.callerLanguage = callerLanguage;
    }

    /** A problem for a refusal of the application's own rules. */
    public ProblemDetail of(HttpStatus status, Refusal refusal, HttpServletRequest request) {
        Locale language = languageOf(request);
        return problem(status, refusal.code(), refusal.text((key, arguments) -> text(key, arguments, language)),
                language, request);
    }

    /** A problem with a code of {@code refusal.<code>} in the bundles. */
    public ProblemDetail of(HttpStatus status, String code, HttpServletRequest request, Object... arguments) {
        Locale language = languageOf(request);
        return problem(status, code, Refusal.text(code, arguments, (key, values) -> text(key, values, language)),
                language, request);
    }

    /** The field problems, each told by its rule where it names one. */
    public List<FieldProblem> fields(List<FieldProblem> fields, HttpServletRequest request) {
        Locale language = languageOf(request);
        return fields.stream().map(field -> field.rule() == null ? field : new FieldProblem(field.field(),
                messages.getMessage("form.problem." + field.rule(), new Object[] {field.limit()}, field.message(),
                        language), field.rule(), field.limit())).toList();
    }

    public Locale languageOf(HttpServletRequest request) {
        if (request != null && request.getHeader("Accept-Language") != null) {
            try {
                for (Locale wanted : Collections.list(request.getLocales())) {
                    Locale spoken = spoken(wanted);
                    if (spoken != null) {
                        return spoken;
                    }
                }
            } catch (RuntimeException unreadable) {
                // a malformed header is the same as none
            }
        }
        return callerLanguage.stream().map(CallerLanguage::ofMunicipality).flatMap(java.util.Optional::stream)
                .findFirst().orElse(SWEDISH);
    }

    /** The language we speak for one the caller wants: sv, nb (for nb, no and nn) or en; null for any other. */
    public static Locale spoken(Locale wanted) {
        return switch (wanted.getLanguage()) {
            case "sv" -> SWEDISH;
            case "nb", "no", "nn" -> NORWEGIAN;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }

    private String text(String key, Object[] arguments, Locale language) {
        return messages.getMessage(key, arguments, key, language);
    }

    private ProblemDetail problem(HttpStatus status, String code, String detail, Locale language,
                                  HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
                language));
        problem.setProperty("code", code);
        if (request != null) {
            problem.setInstance(URI.create(safePath(request.getRequestURI())));
        }
        return problem;
    }

    private static String safePath(String path) {
        try {
            return URI.create(path).getRawPath() == null ? "/" : path;
        } catch (IllegalArgumentException odd) {
            return "/";
        }
    }
}
