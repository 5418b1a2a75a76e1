package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberingDuplicateRuleTest {

    @Test
    void distinctLabelsPass() {
        assertThat(findings(Samples.clean(), "numbering-duplicate")).isEmpty();
    }

    @Test
    void aRepeatedLabelIsAnError() {
        AnnualReport report = Read.withPart(
                0,
                List.of(
                        Read.section("（一）", 2, 1, "健全依法决策机制", "略。"),
                        Read.section("（二）", 2, 2, "严格规范行政执法", "略。"),
                        Read.section("（二）", 2, 3, "强化行政监督", "略。")));

        assertThat(findings(report, "numbering-duplicate")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo("s1.s3");
            assertThat(f.suggestedFix()).contains("改为（三）");
        });
        assertThat(findings(report, "numbering-gap")).isEmpty();
    }

    @Test
    void aRepeatedPartLabelWhereASubHeadingWasMeantIsNotToldToBecomeTheNextPart() {
        // 一、 一、 二、: renumbering the second 一、 to 二、 would repeat the 二、 that follows
        io.github.fazhi.core.AnnualReport clean = io.github.fazhi.validation.Samples.clean();
        java.util.List<io.github.fazhi.core.Section> parts = new java.util.ArrayList<>(clean.sections());
        parts.add(1, Read.section("一、", 1, 2, "健全依法决策机制", "全年审核重大行政决策事项6件。"));
        io.github.fazhi.core.AnnualReport report = clean.withSections(parts);

        assertThat(io.github.fazhi.validation.Samples.findings(report, "numbering-duplicate"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.elementId()).isEqualTo("s2");
                    assertThat(f.suggestedFix())
                            .hasValueSatisfying(
                                    fix -> assertThat(fix).contains("（一）").doesNotStartWith("改为二、"));
                    assertThat(f.detail()).containsEntry("expected", "（一）").containsEntry("collides", "二、");
                });
    }
}
