package org.etablering.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** What the municipality sends a company is written in the municipality's language. */
class LettersTest {

    private final Letters letters = new Letters(bundles(), new Municipalities(new MunicipalityProperties(Map.of(
            "ostersund", new MunicipalityProperties.Municipality("Östersunds kommun", Country.SE, 2),
            "lillestrom", new MunicipalityProperties.Municipality("Lillestrøm kommune", Country.NO, 2)))));

    @Test
    void aSwedishMunicipalityWritesSwedishAndANorwegianOneNorwegian() {
        assertThat(letters.write("ostersund", "permit.draft", "Planen tillåter inte en hall.", "2026-12-09"))
                .startsWith("Förslag till beslut").contains("Planen tillåter inte en hall.").endsWith("senast 2026-12-09.");
        assertThat(letters.write("lillestrom", "permit.outcome.REJECTED")).isEqualTo("avslått");
        assertThat(letters.write("lillestrom", "inquiry.reminder")).startsWith("Påminnelse: vi trenger");
    }

    @Test
    void aDayIsWrittenAsPeopleInTheMunicipalityWriteIt() {
        assertThat(letters.day("ostersund", java.time.LocalDate.of(2026, 12, 14))).isEqualTo("14 december 2026");
        assertThat(letters.day("lillestrom", java.time.LocalDate.of(2026, 12, 14))).isEqualTo("14. desember 2026");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
