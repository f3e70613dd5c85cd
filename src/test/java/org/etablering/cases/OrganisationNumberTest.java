package org.etablering.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.etablering.municipality.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"559900-0006", "5599000006", "556600-1235", "556000-0001"})
    void acceptsSwedishNumbersWithValidLuhnDigit(String number) {
        assertThat(OrganisationNumber.parse(Country.SE, number)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"559900-0007", "556600-1234", "55990000", "55990000061", "5599OO-0006", ""})
    void rejectsSwedishNumbersWithWrongDigitOrLength(String number) {
        assertThat(OrganisationNumber.parse(Country.SE, number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"923456783", "987654325", "923 456 783"})
    void acceptsNorwegianNumbersWithValidMod11Digit(String number) {
        assertThat(OrganisationNumber.parse(Country.NO, number)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"923456784", "98765432", "9234567830", "559900-0006"})
    void rejectsNorwegianNumbersWithWrongDigitOrLength(String number) {
        assertThat(OrganisationNumber.parse(Country.NO, number)).isEmpty();
    }

    @Test
    void aNumberWhoseRemainderGivesCheckDigitTenIsNeverValid() {
        // 12345679x: weighted sum 3+4+21+24+25+24+21+18 = 140, 140 mod 11 = 8 -> 11 - 8 = 3, so take one giving 10:
        // 10000000x: weighted sum 3, 3 mod 11 = 3 -> check 8; 20000000x: 6 -> 5; 40000000x: 12 mod 11 = 1 -> 10
        for (int last = 0; last <= 9; last++) {
            assertThat(OrganisationNumber.parse(Country.NO, "40000000" + last)).isEmpty();
        }
    }

    @Test
    void formatsAndComparesRegardlessOfHowTheNumberWasWritten() {
        OrganisationNumber swedish = OrganisationNumber.parse(Country.SE, "5599000006").orElseThrow();
        assertThat(swedish.formatted()).isEqualTo("559900-0006");
        assertThat(swedish.sameAs("559900-0006")).isTrue();
        assertThat(swedish.sameAs("556600-1235")).isFalse();
        assertThat(swedish.sameAs(null)).isFalse();
        assertThat(OrganisationNumber.parse(Country.NO, "923 456 783").orElseThrow().formatted()).isEqualTo("923456783");
    }
}
