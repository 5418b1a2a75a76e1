package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumerationOrderRuleTest {

    @Test
    void markersInOrderPass() {
        assertThat(findings(Samples.clean(), "enumeration-order")).isEmpty();
        AnnualReport acrossParagraphs = Read.withPart(0, List.of(), "一是完善制度。", "二是加强培训。", "三是强化考核。一是新的一组。二是继续。");
        assertThat(findings(acrossParagraphs, "enumeration-order")).isEmpty();
    }

    @Test
    void aSkippedMarkerIsAWarning() {
        AnnualReport report = Read.withPart(0, List.of(), "一是完善制度；三是强化考核。");

        assertThat(findings(report, "enumeration-order")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("s1.p1");
            assertThat(f.message()).contains("“三是”之前缺少“二是”");
            assertThat(f.detail()).containsEntry("missing", List.of("二是"));
        });
    }

    @Test
    void aRepeatedMarkerIsAWarning() {
        AnnualReport report = Read.withPart(0, List.of(), "一是完善制度；二是加强培训；二是强化考核。");

        assertThat(findings(report, "enumeration-order"))
                .singleElement()
                .satisfies(f -> assertThat(f.suggestedFix()).contains("改为“三是”"));
    }
}
