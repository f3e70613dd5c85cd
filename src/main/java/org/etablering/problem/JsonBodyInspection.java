package org.etablering.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Looks through every JSON request body before it is read into objects: text with control characters, dates
 * out of range and numbers no column holds are refused with {@code 400}, naming each field, before anything
 * is done with the request.
 */
@ControllerAdvice
class JsonBodyInspection extends RequestBodyAdviceAdapter {

    /** Beyond this a number is no amount, area or count anyone means. */
    private static final BigDecimal LARGEST = new BigDecimal("1e15");
    private static final int MOST_DECIMALS = 20;

    private final ObjectMapper json;

    JsonBodyInspection(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return MappingJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        List<FieldProblem> problems = inspect(body);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("fields-not-allowed", problems,
                    String.join(", ", problems.stream().map(FieldProblem::field).distinct().toList()));
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    List<FieldProblem> inspect(byte[] body) throws IOException {
        List<FieldProblem> problems = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        Deque<Integer> indexes = new ArrayDeque<>();
        try (JsonParser parser = json.getFactory().createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT -> {
                        enterValue(path, indexes);
                        path.push("");
                        indexes.push(-1);
                    }
                    case START_ARRAY -> {
                        enterValue(path, indexes);
                        path.push("[]");
                        indexes.push(-1);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        path.pop();
                        indexes.pop();
                    }
                    case FIELD_NAME -> {
                        path.pop();
                        path.push(parser.currentName());
                        CleanText.problemIn(parser.currentName())
                                .ifPresent(problem -> problems.add(new FieldProblem(name(path, indexes), "name " + problem)));
                    }
                    case VALUE_STRING -> {
                        enterValue(path, indexes);
                        CleanText.problemIn(parser.getText())
                                .ifPresent(problem -> problems.add(new FieldProblem(name(path, indexes), problem)));
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        enterValue(path, indexes);
                        if (outOfRange(parser.getText())) {
                            problems.add(new FieldProblem(name(path, indexes), "is a number out of range"));
                        }
                    }
                    default -> enterValue(path, indexes);
                }
            }
        } catch (StreamReadException notJson) {
            // the converter reports it, with the position, as any other malformed body
            return List.of();
        }
        return problems;
    }

    /** Counts the element when the value is an array item. */
    private static void enterValue(Deque<String> path, Deque<Integer> indexes) {
        if (!path.isEmpty() && path.peek().startsWith("[")) {
            int index = indexes.pop() + 1;
            indexes.push(index);
            path.pop();
            path.push("[" + index + "]");
        }
    }

    private static String name(Deque<String> path, Deque<Integer> indexes) {
        List<String> parts = new ArrayList<>(path);
        java.util.Collections.reverse(parts);
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("[") || name.isEmpty()) {
                name.append(part);
            } else {
                name.append('.').append(part);
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    static boolean outOfRange(String number) {
        try {
            BigDecimal value = new BigDecimal(number);
            return value.abs().compareTo(LARGEST) > 0 || value.scale() > MOST_DECIMALS && value.signum() != 0
                    && value.stripTrailingZeros().scale() > MOST_DECIMALS;
        } catch (NumberFormatException | ArithmeticException e) {
            return true;
        }
    }
}
