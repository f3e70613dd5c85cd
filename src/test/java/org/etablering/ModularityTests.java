package org.etablering;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are Spring Modulith application modules: no cycles between them, and each uses another
 * only through what that one exposes in its base package (services, events, view records).
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(EtableringApplication.class);

    @Test
    void featuresDependOnEachOtherOnlyThroughTheirPublicApiAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
