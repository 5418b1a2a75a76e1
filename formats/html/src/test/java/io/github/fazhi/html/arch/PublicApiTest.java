package io.github.fazhi.html.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.fazhi.core.testing.ApiDocumentation;
import io.github.fazhi.core.testing.PublicApiRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's public API: documented, and free of internal types (README, "API policy"). */
class PublicApiTest {

    @Test
    void everyPublicElementHasADocComment() {
        assertThat(ApiDocumentation.undocumented(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void noInternalTypeIsPartOfThePublicApi() {
        PublicApiRules.NO_INTERNAL_TYPES.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.fazhi.html"));
    }
}
