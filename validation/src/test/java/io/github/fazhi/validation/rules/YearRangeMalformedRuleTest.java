package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YearRangeMalformedRuleTest {

    private static final String ID = "year-range-malformed";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "落实《法治政府建设实施纲要（2021—2025年）》。",
                "落实《法治政府建设实施纲要(2015-2020年)》。",
                "制定《清河区法治宣传教育规划（2021年—2025年）》。",
                "2021至2025年间累计审查文件300件。",
                "全年受理案件20242025件。"
            })
    void wellFormedRangesPass(String text) {
        assertThat(findings(Read.withPart(0, List.of(), text), ID)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"落实《清河区法治政府建设规划（20212025年）》。, 2021—2025年", "落实《清河区法治政府建设规划（2025—2021年）》。, 2021—2025年"})
    void damagedRangesAreWarnings(String text, String expected) {
        AnnualReport report = Read.withPart(0, List.of(), "全年依法行政。", text);

        assertThat(findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("s1.p2");
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains(expected));
        });
    }
}
