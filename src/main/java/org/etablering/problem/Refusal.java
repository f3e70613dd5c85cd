package org.etablering.problem;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * Why a request was refused, as a stable code ({@code case-closed}) with its arguments, so that each caller reads it
 * in their own language (bundle key {@code refusal.<code>}) and a program can rely on the code. The exception's
 * message is the English text, for logs and the audit trail.
 */
public abstract class Refusal extends RuntimeException {

    private static final String PREFIX = "refusal.";

    private final String code;
    private final transient Object[] arguments;

    protected Refusal(String code, Object[] arguments, Throwable cause) {
        super(english(code, arguments), cause);
        this.code = code;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String code() {
        return code;
    }

    /** The text in a language, given how to read a bundle key there ({@code (key, arguments) -> text}). */
    public String text(BiFunction<String, Object[], String> bundle) {
        return text(code, arguments, bundle);
    }

    /** An argument that is itself a text to translate, e.g. one of the reasons a rejection is not yet allowed. */
    public record Reason(String code, Object... arguments) {

        /** The reason in English, for logs. */
        @Override
        public String toString() {
            return english(code, arguments);
        }
    }

    static String text(String code, Object[] arguments, BiFunction<String, Object[], String> bundle) {
        Object[] translated = Arrays.stream(arguments).map(argument -> translated(argument, bundle)).toArray();
        return bundle.apply(PREFIX + code, translated);
    }

    private static Object translated(Object argument, BiFunction<String, Object[], String> bundle) {
        if (argument instanceof Reason reason) {
            return text(reason.code(), reason.arguments(), bundle);
        }
        if (argument instanceof List<?> list) {
            return String.join(" ", list.stream().map(item -> String.valueOf(translated(item, bundle))).toList());
        }
        return argument;
    }

    private static String english(String code, Object[] arguments) {
        return text(code, arguments == null ? new Object[0] : arguments, (key, values) -> {
            try {
                String pattern = ResourceBundle.getBundle("messages", Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key);
                // as Spring's message source: a text without arguments is not a pattern
                return values.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(values);
            } catch (MissingResourceException | IllegalArgumentException unknown) {
                return key;
            }
        });
    }
}
