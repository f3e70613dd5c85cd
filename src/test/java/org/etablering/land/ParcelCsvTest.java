package org.etablering.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.etablering.problem.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParcelCsvTest {

    private static ValidatorFactory validation;
    private static ParcelCsv csv;

    @BeforeAll
    static void setUp() {
        validation = Validation.buildDefaultValidatorFactory();
        csv = new ParcelCsv(validation.getValidator());
    }

    @AfterAll
    static void tearDown() {
        validation.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds/parcels-ostersund.csv", "seeds/parcels-lillestrom.csv"})
    void theDemoInventoriesAreValidImports(String file) throws IOException {
        List<ParcelCsv.Row> rows = csv.read(Files.readString(Path.of(file), StandardCharsets.UTF_8));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows).allSatisfy(row -> assertThat(row.problems()).as("line " + row.line()).isEmpty());
        assertThat(rows).extracting(row -> row.facts().zoning()).contains(Zoning.INDUSTRY, Zoning.BUSINESS, Zoning.MIXED,
                Zoning.ZONING_IN_PROGRESS, Zoning.NOT_ZONED);
        assertThat(rows).extracting(row -> row.facts().railAccess()).contains(true, false);
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineBreaks() {
        List<ParcelCsv.Row> rows = csv.read("""
                designation,area,size_sqm,zoning,power_mw,water_and_sewer,road_access,rail_access,price_per_sqm,notes
                "Lit 5:21",Lit,11000,industry,1.2,yes,yes,no,35,"Near the ""old"" terminal,
                by the river"
                """);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.problems()).isEmpty();
            assertThat(row.facts().notes()).isEqualTo("Near the \"old\" terminal,\nby the river");
            assertThat(row.facts().zoning()).isEqualTo(Zoning.INDUSTRY);
        });
    }

    @Test
    void semicolonsComeWithDecimalCommasAndColumnsInAnyOrder() {
        List<ParcelCsv.Row> rows = csv.read("""
                area;designation;zoning;size_sqm;power_mw;price_per_sqm;water_and_sewer;road_access;rail_access
                Kjeller;81/344;BUSINESS;14 500;2,5;1450,75;ja;ja;nei
                """);

        ParcelFacts facts = rows.get(0).facts();
        assertThat(facts.sizeSqm()).isEqualTo(14_500);
        assertThat(facts.powerMw()).isEqualByComparingTo("2.5");
        assertThat(facts.pricePerSqm()).isEqualByComparingTo("1450.75");
        assertThat(facts.notes()).isNull();
    }

    @Test
    void eachBadRowSaysWhatIsWrongWithItsLine() {
        List<ParcelCsv.Row> rows = csv.read("""
                designation,area,size_sqm,zoning,power_mw,water_and_sewer,road_access,rail_access,price_per_sqm
                ,Lit,0,INDUSTRY,1,yes,yes,no,35

                Lit 5:22,Lit,1000,FARMLAND,lots,perhaps,yes,no,35
                """);

        assertThat(rows).extracting(ParcelCsv.Row::line).containsExactly(2, 4);
        assertThat(rows.get(0).problems()).anyMatch(p -> p.startsWith("designation:"))
                .anyMatch(p -> p.startsWith("size_sqm:"));
        assertThat(rows.get(1).problems()).anyMatch(p -> p.startsWith("zoning: cannot read 'FARMLAND'"))
                .anyMatch(p -> p.startsWith("power_mw: cannot read 'lots'"))
                .anyMatch(p -> p.startsWith("water_and_sewer: cannot read 'perhaps'"));
        assertThat(rows).allSatisfy(row -> assertThat(row.facts()).isNull());
    }

    @Test
    void aFileWithoutTheParcelColumnsIsRefusedAsAWhole() {
        assertThatThrownBy(() -> csv.read("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> csv.read("designation,area,colour\nA,B,red\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown: colour")
                .hasMessageContaining("missing: size_sqm");
        assertThatThrownBy(() -> csv.read("designation,\"area\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quoted field");
    }
}
