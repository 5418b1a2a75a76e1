package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Item 3 as a reviewing office judges it (domain.md §8.5): only a part of its own, or a sub-part whose heading
 * says it is the principal leaders' performance of the duty, satisfies it; its body must say what a leader
 * did; duty themes count over the whole part, in sentences about the leader. Reports of a fictional office.
 */
class FirstResponsiblePersonPartTest {

    private static final String HEAD = """
            清河市清河区司法局2024年法治政府建设年度报告

            2024年，区司法局在区委、区政府的领导下，统筹推进法治政府建设各项工作。现将有关情况报告如下：
            """;

    private static final String TAIL = """
            二、存在的不足和原因
            一是基层执法人员法律素养有待提高；二是普法宣传的针对性不强。究其原因，主要是培训的频次不够。
            %s
            2025年，区司法局将继续深化行政执法规范化建设，加强法治宣传教育。

            清河市清河区司法局
            2025年1月20日
            """;

    private static AnnualReport read(String measures, String frp, String planHeading) {
        return PlainTextReader.standard()
                .read(HEAD + "一、2024年推进法治政府建设的主要举措和成效\n" + measures + "\n" + TAIL.formatted(frp + planHeading));
    }

    private static final String FRP_PART = """
            三、党政主要负责人履行推进法治建设第一责任人职责情况
            局主要负责人切实履行推进法治建设第一责任人职责，主持召开局党组会议4次研究部署法治政府建设工作，带头开展集体学法，督促依法行政，在年终述法中报告履职情况。
            """;

    private static final String MEASURES = """
            （一）健全依法决策机制
            全年审核重大行政决策事项6件，审查规范性文件12件。
            （二）严格规范行政执法
            开展行政执法案卷评查2次，评查案卷80卷。
            """;

    private static List<String> ids(ValidationReport r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void aPartOfItsOwnSatisfiesItem3() {
        ValidationReport r = Samples.NATIONAL.validate(read(MEASURES, FRP_PART, "四、2025年推进法治政府建设的主要安排\n"));

        assertThat(r.errors()).isEmpty();
        assertThat(ids(r)).doesNotContain("part-missing", "frp-leader-not-named", "frp-duty-coverage");
    }

    @Test
    void aSentenceInPartOneNeverSatisfiesItem3() {
        String measures = MEASURES + """
                （三）加强组织领导
                坚持把党政主要负责人履行推进法治建设第一责任人职责情况纳入年终述职内容，二是扛牢法治建设第一责任人职责。
                """;
        ValidationReport r = Samples.NATIONAL.validate(read(measures, "", "三、下一步工作打算\n"));

        assertThat(r.findings("part-missing")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.detail()).containsEntry("item", 3);
        });
    }

    @Test
    void aSubPartHeadedAsTheLeadersPerformanceIsAcceptedAndALocalProfileMayWantItsOwnPart() {
        String measures = MEASURES + """
                （三）党政主要负责人履行推进法治建设第一责任人职责情况
                局党组书记、局长带头学法，主持局党组会议研究部署法治政府建设工作3次，督促班子成员依法行政，年终述法时专门报告履职情况。
                """;
        AnnualReport report = read(measures, "", "三、2025年推进法治政府建设的主要安排\n");

        ValidationReport national = Samples.NATIONAL.validate(report);
        assertThat(national.errors()).isEmpty();
        assertThat(ids(national)).doesNotContain("part-missing", "frp-not-own-part");
        assertThat(Rules.byId("frp-not-own-part").orElseThrow().isEnabledByDefault())
                .isFalse();

        ReportValidator strict = ReportValidator.builder()
                .profile(Profile.extending(Profile.national())
                        .name("strict-local")
                        .enable("frp-not-own-part")
                        .build())
                .build();
        assertThat(strict.validate(report).findings("frp-not-own-part"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("党政主要负责人履行推进法治建设第一责任人职责情况");
                    assertThat(f.suggestedFix())
                            .hasValueSatisfying(x -> assertThat(x).contains("2024年党政主要负责人履行推进法治建设第一责任人职责情况"));
                });
    }

    @Test
    void aPartWhoseBodyNamesNoLeaderDoingAnythingIsAnError() {
        String hollow = """
                三、党政主要负责人履行推进法治建设第一责任人职责情况
                全年办理行政许可事项1260件，接待群众来访320人次，办结率100%。
                """;
        ValidationReport r = Samples.NATIONAL.validate(read(MEASURES, hollow, "四、2025年推进法治政府建设的主要安排\n"));

        assertThat(r.findings("frp-leader-not-named")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo("s3");
        });
        assertThat(ids(r))
                .as("the hollow part is reported once, not also as lacking duty themes or 述法")
                .doesNotContain("frp-duty-coverage", "frp-shufa-absent");
    }

    @Test
    void aHeadingWithNoBodyIsAnError() {
        ValidationReport r =
                Samples.NATIONAL.validate(read(MEASURES, "三、党政主要负责人履行推进法治建设第一责任人职责情况\n", "四、2025年推进法治政府建设的主要安排\n"));

        assertThat(r.errors()).extracting(Finding::ruleId).containsExactly("part-empty");
        assertThat(ids(r)).doesNotContain("frp-leader-not-named", "frp-duty-coverage", "frp-shufa-absent");
    }

    @Test
    void dutyThemesCountOverTheWholePartWithItsSubParts() {
        String frp = """
                三、党政主要负责人履行推进法治建设第一责任人职责情况
                （一）带头尊法学法
                局党组理论学习中心组集中学法13次，局主要负责人带头讲法治课。
                （二）研究部署法治工作
                局长主持召开局党组会议4次，研究部署法治政府建设年度工作要点。
                （三）严格任前考法
                局党组对新提任的科级干部全部组织任前考法，督促班子成员依法行政。
                """;
        ValidationReport r = Samples.NATIONAL.validate(read(MEASURES, frp, "四、2025年推进法治政府建设的主要安排\n"));

        assertThat(r.findings("frp-duty-coverage")).isEmpty();
        assertThat(r.findings("frp-leader-not-named")).isEmpty();
    }

    @Test
    void aPassingMentionOfShufaInAParagraphAboutSomethingElseDoesNotCount() {
        String frp = """
                三、党政主要负责人履行推进法治建设第一责任人职责情况
                局主要负责人带头学法，全年参加集中学法6次。
                全区开展行政执法案卷评查，各执法单位述职报告均已归档。
                """;
        ValidationReport r = Samples.NATIONAL.validate(read(MEASURES, frp, "四、2025年推进法治政府建设的主要安排\n"));

        assertThat(r.findings("frp-duty-coverage")).singleElement().satisfies(f -> {
            assertThat(f.detail()).containsEntry("found", List.of("G6"));
            assertThat(f.detail().get("missing").toString()).contains("X1");
        });
        assertThat(r.findings("frp-shufa-absent"))
                .as("述法 is named by frp-duty-coverage already")
                .isEmpty();
    }
}
