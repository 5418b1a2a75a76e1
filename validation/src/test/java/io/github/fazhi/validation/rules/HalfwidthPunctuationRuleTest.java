package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class HalfwidthPunctuationRuleTest {

    @Test
    void fullWidthPunctuationAndAsciiBetweenDigitsPass() {
        assertThat(findings(Samples.clean(), "halfwidth-punctuation")).isEmpty();
        AnnualReport digits = Read.withPart(0, List.of(), "会议于10:30召开，共1,200人参加，比例为3:1。");
        assertThat(findings(digits, "halfwidth-punctuation")).isEmpty();
    }

    @Test
    void asciiPunctuationBetweenChineseIsANoteCountingThem() {
        AnnualReport report = Read.withPart(0, List.of(), "全年召开党组(扩大)会议6次,研究法治工作;成效明显。");

        assertThat(findings(report, "halfwidth-punctuation")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.detail()).containsEntry("count", 4).containsEntry("found", List.of("(", ")", ",", ";"));
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("（").contains("，"));
        });
    }

    @Test
    void aTextWithNoFullWidthMarkAtAllIsOneNoteWithEveryPassageAsAPlace() {
        AnnualReport ascii = Samples.editParagraphs(
                Samples.clean(), t -> t.replace('，', ',').replace('；', ';').replace('：', ':'));
        AnnualReport report = new AnnualReport(
                ascii.metadata(),
                List.of(),
                ascii.title(),
                List.of(io.github.fazhi.core.Paragraph.of("2024年,区司法局统筹推进法治政府建设。现将有关情况报告如下:")),
                ascii.sections(),
                ascii.signOff(),
                List.of());

        assertThat(findings(report, "halfwidth-punctuation")).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("pre.p1");
            assertThat(f.message()).contains("全文");
            assertThat(f.detail().get("elementIds").toString()).contains("pre.p1", "s1.s1.p1");
            assertThat(f.placeCount()).isEqualTo(((List<?>) f.detail().get("elementIds")).size());
            assertThat(f.relatedLocations())
                    .extracting(io.github.fazhi.validation.Finding.Location::elementId)
                    .contains("s1.s1.p1");
        });
    }

    @Test
    void marksInManyParagraphsAreOneNoteWithEveryParagraphAsAPlace() {
        AnnualReport report = Read.withPart(0, List.of(), "全年召开党组(扩大)会议6次，研究法治工作。", "开展执法检查3次,整改问题5个。");

        assertThat(findings(report, "halfwidth-punctuation")).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("s1.p1");
            assertThat(f.relatedLocations())
                    .extracting(io.github.fazhi.validation.Finding.Location::elementId)
                    .containsExactly("s1.p2");
            assertThat(f.detail()).containsEntry("count", 3);
            assertThat(f.message()).contains("2段");
        });
    }
}
