package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rules of the reporting year's era (domain.md §1.1, §1.2): a report for 2017, written as reports were under
 * the 2015 纲要 and the 2016 第一责任人 规定 (parts by topic, no part of its own for the principal leaders, no causes
 * part), passes under those rules; the same text dated 2021 gets the current rules' findings.
 */
class RuleEraTest {

    /** A 2017 report of a fictional office, in the manner of that time; {@code Y} is the reporting year. */
    private static final String REPORT = """
            清河市清河区城市管理局关于Y年法治政府建设情况的报告

            Y年，区城市管理局按照《法治政府建设实施纲要（2015－2020年）》的部署，扎实推进依法行政。现将有关情况报告如下：

            一、依法全面履行城市管理职能
            全年清理权责事项126项，公布权力清单和责任清单，取消证明事项9项。
            二、严格规范公正文明执法
            全年办理行政处罚案件412件，开展执法案卷评查3次，评查案卷60卷，整改问题18个。
            三、加强法治宣传教育
            局长带头学法，局党组会议集体学法6次，组织执法人员法律知识考试2次，参考率100%。
            四、下一步工作打算
            Z年，我局将继续推进执法规范化建设，完善执法全过程记录制度。

            清河市清河区城市管理局
            W年2月20日
            """;

    private static AnnualReport report(int year) {
        return PlainTextReader.standard()
                .read(REPORT.replace("Y", String.valueOf(year))
                        .replace("Z", String.valueOf(year + 1))
                        .replace("W", String.valueOf(year + 1)));
    }

    @Test
    void a2017ReportRightUnderThe2015RulesPassesUnderThem() {
        ValidationReport result = Samples.NATIONAL.validate(report(2017));

        assertThat(result.era()).isEqualTo(RuleEra.GUIDELINE_2015);
        assertThat(result.findings()).isEmpty();
        assertThat(result.rules()).extracting(Rule::id).doesNotContain("part-missing", "part-order");
    }

    @Test
    void theSameTextDated2021GetsTheCurrentRulesFindings() {
        ValidationReport result = Samples.NATIONAL.validate(report(2021));

        assertThat(result.era()).isEqualTo(RuleEra.REGULATION_2019);
        // the thematic parts are the measures (item 1); items 2 (shortcomings) and 3 (first-responsible-person)
        // are not parts of the report
        assertThat(result.findings("part-missing"))
                .extracting(f -> f.detail().get("item"))
                .containsExactly(2, 3);
        assertThat(result.rules()).extracting(Rule::id).contains("part-missing", "part-order");
    }

    @Test
    void theEraBeginsWithTheReportsOf2019() {
        assertThat(RuleEra.forYear(2015)).isEqualTo(RuleEra.GUIDELINE_2015);
        assertThat(RuleEra.forYear(2018)).isEqualTo(RuleEra.GUIDELINE_2015);
        assertThat(RuleEra.forYear(2019)).isEqualTo(RuleEra.REGULATION_2019);
        assertThat(RuleEra.current().isCurrent()).isTrue();
        assertThat(RuleEra.GUIDELINE_2015.isCurrent()).isFalse();
    }

    @Test
    void aReportOfTheOldEraIsDueInTheFirstQuarterNotOn1March() {
        // 20 March: after the 2019 规定's 1 March, within the 2015 纲要's first quarter
        AnnualReport march = PlainTextReader.standard()
                .read(REPORT.replace("Y", "2017").replace("Z", "2018").replace("W年2月20日", "2018年3月20日"));
        Profile withSubmission = Profile.extending(Profile.national())
                .submissionDeadline(java.time.MonthDay.of(3, 1))
                .build();
        assertThat(Samples.NATIONAL.validate(march).findings("date-out-of-range"))
                .isEmpty();
        // a profile's own deadline is kept in every era
        assertThat(ReportValidator.builder()
                        .profile(withSubmission)
                        .build()
                        .validate(march)
                        .findings("date-out-of-range"))
                .hasSize(1);

        AnnualReport april = PlainTextReader.standard()
                .read(REPORT.replace("Y", "2017").replace("Z", "2018").replace("W年2月20日", "2018年4月9日"));
        assertThat(Samples.NATIONAL.validate(april).findings("date-out-of-range"))
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).containsEntry("deadline", "2018-03-31"));
    }

    @Test
    void aProfileThatPinsAnEraAppliesItWhateverTheYear() {
        Profile current = Profile.extending(Profile.national())
                .era(RuleEra.REGULATION_2019)
                .build();
        ValidationReport result =
                ReportValidator.builder().profile(current).build().validate(report(2017));

        assertThat(result.era()).isEqualTo(RuleEra.REGULATION_2019);
        assertThat(result.findings("part-missing")).isNotEmpty();
        assertThat(Profile.national().era()).isEmpty();
    }

    @Test
    void theJsonAndSarifSayWhichEra() {
        ValidationReport result = Samples.NATIONAL.validate(report(2017), "2017.txt");

        assertThat(result.toJson()).contains("\"era\" : \"guideline-2015\"");
        assertThat(result.toSarif()).contains("\"eras\" : [ \"guideline-2015\" ]");
        assertThat(Samples.NATIONAL.validate(report(2021)).toJson()).contains("\"era\" : \"regulation-2019\"");
    }

    @Test
    void theEraHasANameInChineseAndEnglish() {
        assertThat(RuleEra.GUIDELINE_2015.name(Locale.SIMPLIFIED_CHINESE)).contains("实施纲要（2015－2020年）");
        assertThat(RuleEra.GUIDELINE_2015.name(Locale.ENGLISH)).contains("2015 Outline");
        assertThat(RuleEra.REGULATION_2019.name(Locale.ENGLISH)).contains("2019");
    }
}
