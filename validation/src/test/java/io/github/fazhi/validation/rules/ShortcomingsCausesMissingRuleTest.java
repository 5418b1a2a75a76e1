package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortcomingsCausesMissingRuleTest {

    @Test
    void problemsWithTheirCausesPass() {
        assertThat(findings(Samples.clean(), "shortcomings-causes-missing")).isEmpty();
    }

    @Test
    void problemsWithoutCausesAreAWarning() {
        var report = Read.withPart(1, List.of(), "一是基层执法人员法律素养有待提高；二是普法宣传的针对性不强。");

        assertThat(findings(report, "shortcomings-causes-missing"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.elementId()).isEqualTo("s2");
                    assertThat(f.suggestedFix())
                            .hasValueSatisfying(fix -> assertThat(fix).contains("原因"));
                });
    }
}
