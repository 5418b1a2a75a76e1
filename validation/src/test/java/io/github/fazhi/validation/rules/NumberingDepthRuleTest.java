package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberingDepthRuleTest {

    private static io.github.fazhi.core.Section fourLevels(List<io.github.fazhi.core.Section> below, String... text) {
        return Read.section(
                "（一）",
                2,
                1,
                "加强组织领导",
                SectionKind.THEMATIC,
                List.of(Read.section(
                        "1.",
                        3,
                        1,
                        "健全制度。",
                        SectionKind.THEMATIC,
                        List.of(Read.section("（1）", 4, 1, "完善议事规则。", SectionKind.THEMATIC, below, text)))));
    }

    @Test
    void fourLevelsPass() {
        assertThat(findings(Samples.clean(), "numbering-depth")).isEmpty();
        assertThat(findings(Read.withPart(0, List.of(fourLevels(List.of(), "一是明确分工；二是定期调度。"))), "numbering-depth"))
                .isEmpty();
    }

    @Test
    void itemsNumberedBelowTheFourthLevelAreAWarning() {
        AnnualReport report = Read.withPart(0, List.of(fourLevels(List.of(), "①明确分工。", "②定期调度。")));

        assertThat(findings(report, "numbering-depth")).hasSize(2).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("s1.s1.s1.s1.p1");
            assertThat(f.detail()).containsEntry("found", "①");
        });
    }

    @Test
    void aFifthLevelOfSectionsIsAWarning() {
        AnnualReport report =
                Read.withPart(0, List.of(fourLevels(List.of(Read.section("①", 4, 1, "明确分工", "略。")), "略。")));

        assertThat(findings(report, "numbering-depth"))
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).containsEntry("depth", 5));
    }
}
