package io.github.fazhi.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidationReport;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTruncatedRuleTest {

    private static final String ID = "text-truncated";

    private static final String TITLE = "清河市清河区司法局关于2024年法治政府建设情况的报告\n\n";

    private static final String PREAMBLE = "2024年，区司法局在区委、区政府的领导下，统筹推进法治政府建设各项工作。现将有关情况报告如下：\n\n";

    private static final String PART_ONE = "一、2024年推进法治政府建设的主要举措和成效\n\n"
            + "（一）健全依法决策机制。全年审核重大行政决策事项6件，审查规范性文件12件。\n\n"
            + "（二）严格规范行政执法。开展行政执法案卷评查2次，评查案卷80卷，整改问题15个。\n\n";

    private static final String PART_TWO =
            "二、2024年推进法治政府建设存在的不足和原因\n\n" + "一是基层执法人员法律素养有待提高；二是普法宣传的针对性不强。究其原因，主要是培训的频次不够。\n\n";

    private static final String PART_THREE = "三、2024年党政主要负责人履行推进法治建设第一责任人职责情况\n\n"
            + "局主要负责人切实履行推进法治建设第一责任人职责，主持召开局党组会议4次研究部署法治政府建设工作，带头开展集体学法，督促依法行政，在年终述法中报告履职情况。\n\n";

    private static final String PART_FOUR = "四、2025年推进法治政府建设的主要安排\n\n" + "2025年，区司法局将继续深化行政执法规范化建设，加强法治宣传教育。\n\n";

    private static final String SIGN_OFF = "清河市清河区司法局\n2025年1月20日\n";

    private static ValidationReport check(String text) {
        AnnualReport report = PlainTextReader.standard().read(text, "input.txt");
        return Samples.NATIONAL.validate(report);
    }

    @Test
    void aTextCutMidSentenceGetsOneFindingAtTheCutInsteadOfTheLaterPartsAndTheSignOff() {
        String text = TITLE + PREAMBLE + PART_ONE + "（三）化解行政争议。办理行政复议案件43件，依法纠错";

        ValidationReport result = check(text);

        assertThat(result.findings(ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.span()).hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(11));
            // the place is the span; the message quotes the words where the text stops
            assertThat(f.span())
                    .hasValueSatisfying(s -> assertThat(s.endColumn()).isGreaterThan(s.column()));
            assertThat(f.message()).contains("句子中间中断").contains("依法纠错").contains("其余部分缺失");
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("文件是否完整"));
            assertThat(f.detail()).containsEntry("lastItem", 1).containsEntry("excerpt", "复议案件43件，依法纠错");
        });
        // the cut explains the parts after it and the sign-off
        assertThat(result.findings("part-missing")).isEmpty();
        assertThat(result.findings("signoff-missing")).isEmpty();
    }

    @Test
    void theFindingIsWordedInEnglishToo() {
        String text = TITLE + PREAMBLE + PART_ONE + "（三）化解行政争议。办理行政复议案件43件，依法纠错";
        AnnualReport report = PlainTextReader.standard().read(text, "input.txt");

        ValidationReport result =
                ReportValidator.builder().locale(Locale.ENGLISH).build().validate(report);

        assertThat(result.findings(ID)).singleElement().satisfies(f -> {
            assertThat(f.message())
                    .contains("stops mid-sentence")
                    .contains("依法纠错")
                    .contains("rest of the report is missing");
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("file is complete"));
        });
    }

    @Test
    void aCutAfterACommaIsACutToo() {
        // a copying site's ASCII comma, as the last mark of the text
        String text = TITLE + PREAMBLE + PART_ONE + PART_TWO + "三、2024年党政主要负责人履行推进法治建设第一责任人职责情况\n\n"
                + "局主要负责人切实履行推进法治建设第一责任人职责,";

        ValidationReport result = check(text);

        assertThat(result.findings(ID))
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).containsEntry("lastItem", 3));
        assertThat(result.findings("part-missing")).isEmpty();
        // the duties the cut part would have gone on to name are not judged on its first words
        assertThat(result.findings("frp-duty-coverage")).isEmpty();
        // the same part, ended where it stops, is judged
        assertThat(check(text.substring(0, text.length() - 1) + "。").findings("frp-duty-coverage"))
                .isNotEmpty();
    }

    @Test
    void theLeadersDutiesReadFromPartOneAreNotJudgedWhenPartThreeWasCutOff() {
        // the leader's duties as a sub-item of part 一: the report's own part 三 may be among what is missing
        String partOne = "一、2024年推进法治政府建设的主要举措和成效\n\n"
                + "（一）履行推进法治建设第一责任人职责。局主要负责人主持召开局党组会议4次，研究部署法治政府建设工作。\n\n"
                + "（二）严格规范行政执法。开展行政执法案卷评查2次，评查";
        String text = TITLE + PREAMBLE + partOne;

        ValidationReport result = check(text);

        assertThat(result.findings(ID))
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).containsEntry("lastItem", 1));
        assertThat(result.findings("frp-duty-coverage")).isEmpty();
        // the same opening, ended and signed off as it stands, is judged on it
        String whole = TITLE + PREAMBLE + partOne + "案卷80卷。\n\n" + SIGN_OFF;
        assertThat(check(whole).findings(ID)).isEmpty();
        assertThat(check(whole).findings("frp-duty-coverage")).isNotEmpty();
    }

    @Test
    void aQuotationLeftOpenByTheCutIsExplainedByIt() {
        String text = TITLE + PREAMBLE + PART_ONE + "（三）推进普法工作。组织开展“宪法宣传周";

        ValidationReport result = check(text);

        assertThat(result.findings(ID)).singleElement();
        assertThat(result.findings("paired-punctuation-unbalanced")).isEmpty();
        // left open in an earlier paragraph, it is reported
        String earlier = TITLE + PREAMBLE + "一、2024年推进法治政府建设的主要举措和成效\n\n（一）健全依法决策机制。落实“三重一大制度。\n\n"
                + "（二）严格规范行政执法。开展行政执法案卷评查2次，评查";
        assertThat(check(earlier).findings("paired-punctuation-unbalanced")).singleElement();
    }

    @Test
    void aPartMissingBeforeTheCutIsStillReported() {
        // parts 一、二、四 present, 三 missing: the cut falls in part 四, so 三 was left out, not cut off
        String text =
                TITLE + PREAMBLE + PART_ONE + PART_TWO + "四、2025年推进法治政府建设的主要安排\n\n" + "2025年，区司法局将继续深化行政执法规范化建设，加强";

        ValidationReport result = check(text);

        assertThat(result.findings(ID))
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).containsEntry("lastItem", 4));
        assertThat(result.findings("part-missing"))
                .extracting(f -> f.detail().get("item"))
                .containsExactly(3);
    }

    @Test
    void asciiMarksAllThroughACutCopyAreTheCopysButInOnePassageTheyAreStillTold() {
        String cut = "（三）化解行政争议。办理行政复议案件43件，依法纠错";
        String converted = (TITLE + PREAMBLE + PART_ONE + cut)
                .replace('，', ',')
                .replace('；', ';')
                .replace('：', ':')
                .replace('（', '(')
                .replace('）', ')');
        ValidationReport copy = check(converted);
        assertThat(copy.findings(ID)).hasSize(1);
        assertThat(copy.findings("halfwidth-punctuation")).isEmpty();

        // the same text complete (so not a cut copy): the marks are the report's, and told
        String complete = (TITLE + PREAMBLE + PART_ONE + PART_TWO + PART_THREE + PART_FOUR + SIGN_OFF)
                .replace('，', ',')
                .replace('；', ';')
                .replace('：', ':');
        assertThat(check(complete).findings("halfwidth-punctuation")).singleElement();

        // a cut copy with full-width marks and one passage of ASCII ones: that passage is still told
        String onePassage = TITLE + PREAMBLE + PART_ONE.replace("审核重大行政决策事项6件，", "审核重大行政决策事项6件,") + cut;
        ValidationReport mixed = check(onePassage);
        assertThat(mixed.findings(ID)).hasSize(1);
        assertThat(mixed.findings("halfwidth-punctuation")).singleElement();
    }

    @Test
    void aTextEndingWithAFullStopAndNoSignOffIsNotCut() {
        String text = TITLE + PREAMBLE + PART_ONE;

        ValidationReport result = check(text);

        assertThat(result.findings(ID)).isEmpty();
        // not explained by a cut: reported as before
        assertThat(result.findings("part-missing")).hasSize(3);
        assertThat(result.findings("signoff-missing")).singleElement();
    }

    @Test
    void aCompleteReportIsNotCut() {
        String text = TITLE + PREAMBLE + PART_ONE + PART_TWO + PART_THREE + PART_FOUR + SIGN_OFF;

        assertThat(check(text).findings(ID)).isEmpty();
        assertThat(Samples.findings(Samples.clean(), ID)).isEmpty();
    }

    @Test
    void aTextWithASignOffIsNotCutEvenWhenItsLastParagraphLacksItsStop() {
        String text = TITLE + PREAMBLE + PART_ONE + PART_TWO + PART_THREE + "四、2025年推进法治政府建设的主要安排\n\n"
                + "2025年，区司法局将继续深化行政执法规范化建设\n\n" + SIGN_OFF;

        assertThat(check(text).findings(ID)).isEmpty();
    }

    @Test
    void aBuiltReportCutMidSentenceIsToldAlike() {
        AnnualReport report = Samples.cleanBuilder()
                .nextYearPlan(part -> part.paragraph("2025年，区司法局将继续深化行政执法规范化建设，加强"))
                .build()
                .withSignOff(java.util.Optional.empty());

        assertThat(Samples.findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.span()).isEmpty();
            assertThat(f.message()).contains("句子中间中断").contains("规范化建设，加强");
            assertThat(f.elementId()).isNotEqualTo(Finding.REPORT);
        });
    }
}
