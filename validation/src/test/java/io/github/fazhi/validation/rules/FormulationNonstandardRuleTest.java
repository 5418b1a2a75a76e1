package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulationNonstandardRuleTest {

    private static final String ID = "formulation-nonstandard";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
                "增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义。",
                "落实《法治政府建设实施纲要(2021-2025年)》和《清河省法治政府建设实施纲要（2021—2025年）》。",
                "学习《党政主要负责人履行推进法治建设第一责任人职责规定》。",
                "对照《法治政府建设与责任落实督察工作规定》开展自查。"
            })
    void standardFormsPass(String text) {
        assertThat(findings(Read.withPart(0, List.of(), text), ID)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "深入学习贯彻习近平法制思想。|习近平法治思想",
                "坚持以习近平中国特色社会主义思想为指导。|习近平新时代中国特色社会主义思想",
                "落实《法治政府建设纲要》各项任务。|《法治政府建设实施纲要（2015—2020年）》",
                "落实《法治政府建设实施纲要（2016—2020年）》。|《法治政府建设实施纲要（2015—2020年）》",
                "落实《法治政府建设实施纲要（2021—2026年）》。|《法治政府建设实施纲要（2021—2025年）》",
                "学习《党政主要负责人履行法治建设第一责任人职责规定》。|《党政主要负责人履行推进法治建设第一责任人职责规定》",
                "对照《法治政府建设与责任落实督察规定》开展自查。|《法治政府建设与责任落实督察工作规定》"
            })
    void aWrongFormIsAWarningWithTheStandardAsFix(String text, String standard) {
        AnnualReport report = Read.withPart(0, List.of(), "全年依法行政。", text);

        assertThat(findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("s1.p2");
            assertThat(f.suggestedFix()).hasValue("改为“" + standard + "”");
        });
    }

    @Test
    void aWrongFormRepeatedIsOneFindingWithEveryPlace() {
        AnnualReport report = Read.withPart(0, List.of(), "学习习近平法制思想。", "全年依法行政。", "宣讲习近平法制思想10场。");

        assertThat(findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("s1.p1");
            assertThat(f.detail()).containsEntry("elementIds", List.of("s1.p1", "s1.p3"));
        });
    }

    @Test
    void anAppAddsAFormulationFromItsProfile() {
        Profile local = Profile.extending(Profile.national())
                .name("qinghe")
                .formulation(new Lexicon.Formulation(
                        "《清河省法治政府建设实施方案（2021—2025年）》", List.of("《清河省法治建设实施方案"), Optional.empty()))
                .build();
        AnnualReport report = Read.withPart(0, List.of(), "落实《清河省法治建设实施方案》。");

        assertThat(findings(report, ID)).isEmpty();
        assertThat(ReportValidator.builder()
                        .profile(local)
                        .build()
                        .validate(report)
                        .findings(ID))
                .singleElement()
                .satisfies(f -> assertThat(f.suggestedFix())
                        .hasValueSatisfying(fix -> assertThat(fix).contains("清河省法治政府建设实施方案")));
        assertThat(local.formulations()).containsAll(Lexicon.FORMULATIONS);
        assertThat(Samples.NATIONAL.validate(report).profile().formulations()).isEqualTo(Lexicon.FORMULATIONS);
    }
}
