package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.SignOff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A report read from text and the same report built with the builder give the same findings, spans aside. */
class ReadVersusBuiltTest {

    /** The report of {@code qinghe-2024-defects.txt}, built: the same text, with the same defects. */
    private static AnnualReport built() {
        return AnnualReport.builder()
                .issuer(Samples.ISSUER)
                .reportingYear(2024)
                .title("清河市清河区司法局2024年法治政府建设情况")
                .preamble("2024年，区司法局在区委、区政府的领导下，统筹推进法治政府建设各项工作。现将有关情况报告如下：")
                .measuresAndResults(part -> part.runIn("健全依法决策机制", "全年审核重大行政决策事项6件，审查规范性文件12件。一是完善合法性审查流程；三是公开征求意见。")
                        .runIn("严格规范行政执法", "开展行政执法案卷评查2次,评查案卷XX卷。"))
                .shortcomingsAndCauses(part -> part.paragraph("一是基层执法人员法律素养有待提高；二是普法宣传的针对性不强。"))
                .firstResponsiblePerson(part -> part.paragraph("局主要负责人带头学法，参加培训2次。"))
                .nextYearPlan(part -> part.paragraph("2025年，区司法局将继续深化行政执法规范化建设。"))
                .signOff(new SignOff(
                        SignOff.ID,
                        List.of(Samples.ISSUER),
                        Optional.of("2025年01月20日"),
                        Optional.of(LocalDate.of(2025, 1, 20)),
                        Optional.empty()))
                .build();
    }

    private static String fixture() throws IOException {
        try (InputStream in = ReadVersusBuiltTest.class.getResourceAsStream("qinghe-2024-defects.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aHandWrittenTextAndTheBuiltReportGiveTheSameFindings() throws IOException {
        AnnualReport read = PlainTextReader.standard().read(fixture(), "qinghe-2024-defects.txt");

        ValidationReport fromText = Samples.NATIONAL.validate(read);
        ValidationReport fromBuilder = Samples.NATIONAL.validate(built());

        assertThat(fromText.findingsWithoutSpans()).isEqualTo(fromBuilder.findingsWithoutSpans());
        assertThat(fromText.findings())
                .extracting(Finding::ruleId)
                .contains(
                        "title-doctype",
                        "enumeration-order",
                        "placeholder",
                        "halfwidth-punctuation",
                        "shortcomings-causes-missing",
                        "frp-duty-coverage",
                        "date-format")
                .as("item 5 is optional: other-part-absent is off in the national profile")
                .doesNotContain("other-part-absent");
        // only the read report knows where things stood
        assertThat(fromText.findings().stream().filter(f -> !f.isAboutReport()))
                .allSatisfy(f -> assertThat(f.span()).isPresent());
        assertThat(fromBuilder.findings()).allSatisfy(f -> assertThat(f.span()).isEmpty());
        Finding placeholder = fromText.findings("placeholder").get(0);
        assertThat(placeholder.span().orElseThrow().line()).isEqualTo(9);
    }

    @Test
    void theBuiltReportWrittenAsTextAndReadBackGivesTheSameFindings() {
        AnnualReport report = built();
        String text = PlainTextWriter.builder().indent(true).build().write(report);

        AnnualReport read = PlainTextReader.standard().read(text, "written.txt");

        assertThat(Samples.NATIONAL.validate(read).findingsWithoutSpans())
                .isEqualTo(Samples.NATIONAL.validate(report).findingsWithoutSpans())
                .isNotEmpty();
        assertThat(Samples.NATIONAL
                        .validate(PlainTextReader.standard()
                                .read(PlainTextWriter.standard().write(Samples.clean()), "clean.txt"))
                        .findings())
                .isEmpty();
    }
}
