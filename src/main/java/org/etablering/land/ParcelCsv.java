package org.etablering.land;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;

/**
 * Reads a parcel inventory exported from a spreadsheet or a property register: a header row naming the
 * columns (in any order), then one parcel per row. Comma- or semicolon-separated; with semicolons a
 * decimal comma is accepted, as Nordic spreadsheets write it. Each row is checked by the same rules as a
 * parcel entered by hand; a bad row is reported with its line and does not stop the good ones.
 */
final class ParcelCsv {

    static final List<String> COLUMNS = List.of("designation", "area", "size_sqm", "zoning", "power_mw",
            "water_and_sewer", "road_access", "rail_access", "price_per_sqm", "notes");
    private static final Set<String> OPTIONAL = Set.of("notes");
    private static final Set<String> YES = Set.of("yes", "true", "1", "ja", "j", "y");
    private static final Set<String> NO = Set.of("no", "false", "0", "nej", "nei", "n");
    static final int MAX_ROWS = 10_000;

    /** A line of the file: the parcel it describes, or what is wrong with it. */
    record Row(int line, String designation, ParcelFacts facts, List<String> problems) {
        boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final Validator validator;

    ParcelCsv(Validator validator) {
        this.validator = validator;
    }

    /** The rows of the file; a file without a usable header is refused as a whole (400). */
    List<Row> read(String text) {
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw invalid("csv-empty", String.join(",", COLUMNS));
        }
        char delimiter = delimiterOf(text);
        List<String> header = records.get(0).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> unknown = header.stream().filter(name -> !COLUMNS.contains(name)).toList();
        List<String> missing = COLUMNS.stream().filter(name -> !OPTIONAL.contains(name) && !header.contains(name)).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw invalid("csv-header", String.join(",", COLUMNS), String.join(",", unknown), String.join(",", missing));
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw invalid("csv-too-many", MAX_ROWS);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(row(i + 1, header, fields, delimiter == ';'));
        }
        return rows;
    }

    private Row row(int line, List<String> header, List<String> fields, boolean decimalComma) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int column = 0; column < header.size(); column++) {
            values.put(header.get(column), column < fields.size() ? fields.get(column).strip() : "");
        }
        List<String> problems = new ArrayList<>();
        if (fields.size() != header.size()) {
            problems.add("has " + fields.size() + " fields, the header has " + header.size());
        }
        values.forEach((column, value) -> org.etablering.problem.CleanText.problemIn(value)
                .ifPresent(problem -> problems.add(column + ": " + problem)));
        if (!problems.isEmpty() && problems.stream().anyMatch(problem -> problem.contains("character"))) {
            return new Row(line, org.etablering.problem.CleanText.cleaned(values.get("designation")), null,
                    List.copyOf(problems));
        }
        ParcelFacts facts = new ParcelFacts(
                text(values.get("designation")),
                text(values.get("area")),
                parse("size_sqm", values.get("size_sqm"), problems, v -> Integer.valueOf(v.replace(" ", ""))),
                parse("zoning", values.get("zoning"), problems,
                        v -> Zoning.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'))),
                parse("power_mw", values.get("power_mw"), problems, v -> decimal(v, decimalComma)),
                parse("water_and_sewer", values.get("water_and_sewer"), problems, ParcelCsv::yesOrNo),
                parse("road_access", values.get("road_access"), problems, ParcelCsv::yesOrNo),
                parse("rail_access", values.get("rail_access"), problems, ParcelCsv::yesOrNo),
                parse("price_per_sqm", values.get("price_per_sqm"), problems, v -> decimal(v, decimalComma)),
                text(values.get("notes")));
        validator.validate(facts).stream()
                .filter(violation -> problems.stream().noneMatch(p -> p.startsWith(column(violation) + ":")))
                .sorted(Comparator.comparing(ParcelCsv::column))
                .forEach(violation -> problems.add(column(violation) + ": " + violation.getMessage()));
        return new Row(line, facts.designation(), problems.isEmpty() ? facts : null, List.copyOf(problems));
    }

    private static String column(ConstraintViolation<ParcelFacts> violation) {
        String property = violation.getPropertyPath().toString();
        return property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private interface Parser<T> {
        T parse(String value) throws Exception;
    }

    /** The value, or null (reported by validation when required) if blank, or a problem if unreadable. */
    private static <T> T parse(String column, String value, List<String> problems, Parser<T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.parse(value);
        } catch (Exception unreadable) {
            problems.add(column + ": cannot read '" + value + "'" + hint(column));
            return null;
        }
    }

    private static String hint(String column) {
        return switch (column) {
            case "zoning" -> ", expected one of " + Arrays.toString(Zoning.values());
            case "water_and_sewer", "road_access", "rail_access" -> ", expected yes or no";
            default -> ", expected a number";
        };
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static BigDecimal decimal(String value, boolean decimalComma) {
        String plain = value.replace(" ", "");
        return new BigDecimal(decimalComma ? plain.replace(',', '.') : plain);
    }

    private static Boolean yesOrNo(String value) {
        String answer = value.toLowerCase(Locale.ROOT);
        if (YES.contains(answer)) {
            return true;
        }
        if (NO.contains(answer)) {
            return false;
        }
        throw new IllegalArgumentException(value);
    }

    private static char delimiterOf(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    }

    /** RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks. */
    private static List<List<String>> records(String text) {
        char delimiter = delimiterOf(text);
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        if (quoted) {
            throw invalid("csv-quote-not-closed");
        }
        return records;
    }

    private static InvalidInputException invalid(String code, Object... arguments) {
        InvalidInputException refused = new InvalidInputException(code, List.of(), arguments);
        return new InvalidInputException(code, List.of(new FieldProblem("file", refused.getMessage())), arguments);
    }

}
