package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrpShufaAbsentRuleTest {

    @Test
    void contentMentioningShufaPasses() {
        assertThat(findings(Samples.clean(), "frp-shufa-absent")).isEmpty();
    }

    @Test
    void contentWithoutShufaIsANote() {
        var report = Read.withPart(2, List.of(), "局主要负责人研究部署法治政府建设工作，带头学法，督促依法行政。");

        assertThat(findings(report, "frp-shufa-absent")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.elementId()).isEqualTo("s3");
        });
    }
}
