package io.github.fazhi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportBuilder;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShaanxiStyleProfileTest {

    private static ReportBuilder report() {
        return AnnualReport.builder()
                .issuer("清河市清河区司法局")
                .reportingYear(2024)
                .preamble("2024年，区司法局统筹推进法治政府建设。现将有关情况报告如下：")
                .measuresAndResults(p -> p.runIn("健全依法决策机制", "全年审核重大行政决策事项6件。"))
                .shortcomingsAndCauses(p -> p.paragraph("基层执法力量不足，原因是编制紧张。"))
                .firstResponsiblePerson(p -> p.paragraph("局主要负责人研究部署法治政府建设，带头学法，督促依法行政，年终述法。"))
                .nextYearPlan(p -> p.paragraph("2025年，区司法局将继续推进严格规范公正文明执法。"))
                .other(p -> p.paragraph("无。"));
    }

    @Test
    void aReportWithTheGuidelineTitleAndADatedSignOffHasNoError() {
        AnnualReport good = report().signOff(LocalDate.of(2025, 2, 20)).build();

        assertThat(ShaanxiStyleProfile.validator().validate(good).errors()).isEmpty();
        assertThat(good.title().orElseThrow().text()).endsWith(ShaanxiStyleProfile.PRESCRIBED_NAME);
    }

    @Test
    void anotherTitleAndAMissingSignOffAreErrorsUnderTheGuidelineButNotNationally() {
        AnnualReport report = report().title("清河市清河区司法局关于2024年法治政府建设情况的报告").build();

        ValidationReport local = ShaanxiStyleProfile.validator().validate(report);
        ValidationReport national = ReportValidator.national().validate(report);

        assertThat(local.errors()).extracting(Finding::ruleId).containsExactly("signoff-missing", "guideline-title");
        Finding title = local.findings(ShaanxiStyleProfile.GUIDELINE_TITLE).get(0);
        assertThat(title.elementId()).isEqualTo("title");
        assertThat(title.message()).contains("清河市清河区司法局关于2024年法治政府建设情况的报告");
        assertThat(title.suggestedFix()).contains("改为“清河市清河区司法局2024年法治政府建设年度报告”");
        assertThat(national.errors()).isEmpty();
        assertThat(national.findings("signoff-missing"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void anUndatedSignOffIsAnErrorToo() {
        AnnualReport undated =
                report().signOff(SignOff.of(List.of("清河市清河区司法局"))).build();

        assertThat(ShaanxiStyleProfile.validator().validate(undated).errors())
                .singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("signoff-missing"));
    }

    @Test
    void theProfileExtendsTheNationalOneWithoutChangingIt() {
        Profile profile = ShaanxiStyleProfile.profile();

        assertThat(profile.rules()).containsAll(Profile.national().rules());
        assertThat(profile.severity("signoff-missing")).contains(Severity.ERROR);
        assertThat(Profile.national().severity("signoff-missing")).contains(Severity.INFO);
        assertThat(profile.rule(ShaanxiStyleProfile.GUIDELINE_TITLE)).isPresent();
        assertThat(ReportValidator.builder()
                        .profile(profile)
                        .locale(Locale.ENGLISH)
                        .build()
                        .validate(report().title("清河区司法局2024年法治政府建设情况的报告").build())
                        .findings(ShaanxiStyleProfile.GUIDELINE_TITLE))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("The title"));
        assertThat(Optional.of(profile.name())).contains("shaanxi-style-2023");
    }
}
