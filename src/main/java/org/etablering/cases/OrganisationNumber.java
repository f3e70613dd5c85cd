package org.etablering.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.etablering.municipality.Country;

/**
 * A company's registration number: Swedish organisationsnummer (10 digits, Luhn check digit) or
 * Norwegian organisasjonsnummer (9 digits, modulus 11 check digit).
 */
public record OrganisationNumber(Country country, String digits) {

    private static final int[] NORWEGIAN_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public static Optional<OrganisationNumber> parse(Country country, String raw) {
        if (country == null || raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s-]", "");
        if (!digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        boolean valid = switch (country) {
            case SE -> digits.length() == 10 && luhnValid(digits);
            case NO -> digits.length() == 9 && mod11Valid(digits);
        };
        return valid ? Optional.of(new OrganisationNumber(country, digits)) : Optional.empty();
    }

    /** A number as cases may store it: its usual written form in whichever country it is valid. */
    public static List<String> writtenForms(String raw) {
        return Arrays.stream(Country.values())
                .flatMap(country -> parse(country, raw).stream())
                .map(OrganisationNumber::formatted)
                .toList();
    }

    /** The usual written form: {@code 559900-0006} in Sweden, {@code 923456783} in Norway. */
    public String formatted() {
        return country == Country.SE ? digits.substring(0, 6) + "-" + digits.substring(6) : digits;
    }

    /** Whether a number written in any of the usual ways is this one. */
    public boolean sameAs(String other) {
        return other != null && digits.equals(other.replaceAll("[\\s-]", ""));
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static boolean mod11Valid(String digits) {
        int sum = 0;
        for (int i = 0; i < NORWEGIAN_WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * NORWEGIAN_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(8) - '0';
    }
}
