package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartEmptyRuleTest {

    @Test
    void partsWithContentPass() {
        assertThat(findings(Samples.clean(), "part-empty")).isEmpty();
    }

    @Test
    void aPartWithOnlyItsHeadingIsAnError() {
        List<Finding> found = findings(Read.withPart(1, List.of()), "part-empty");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo("s2");
            assertThat(f.message()).contains("2024年推进法治政府建设存在的不足和原因");
        });
    }
}
