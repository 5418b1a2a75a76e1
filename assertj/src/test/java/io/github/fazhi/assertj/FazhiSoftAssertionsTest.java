package io.github.fazhi.assertj;

import static io.github.fazhi.assertj.FazhiBDDAssertions.then;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class FazhiSoftAssertionsTest {

    private final AnnualReport clean = Fixtures.clean();
    private final AnnualReport legacy = Fixtures.legacy();
    private final ValidationReport checkedLegacy = Fixtures.checkedLegacy();

    @Test
    void everyFailureIsCollectedAlongTheChains() {
        FazhiSoftAssertions softly = new FazhiSoftAssertions();
        softly.assertThat(legacy).hasReportingYear(2024).isValid().hasSectionCount(3);
        softly.assertThat(legacy)
                .section(SectionKind.MEASURES_AND_RESULTS)
                .hasSubsectionCount(3)
                .subsection(2)
                .hasLabel("（二）");
        softly.assertThat(checkedLegacy).hasFinding("numbering-gap").at("s9").withSeverity(Severity.ERROR);

        List<String> errors = messages(softly);
        assertThat(errors).hasSize(5);
        assertThat(errors.get(0)).contains("期望报告的年度为 2024，但为 2022");
        assertThat(errors.get(1)).contains("期望报告在规则集“national”下没有错误，但有 2 个错误");
        assertThat(errors.get(2)).contains("有 3 个下级章节，但有 2 个");
        assertThat(errors.get(3)).contains("的编号为“（二）”，但为“（三）”");
        assertThat(errors.get(4)).contains("期望规则 numbering-gap 的发现中有位于 s9 的");
        assertThatThrownBy(softly::assertAll)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Multiple Failures (5 failures)")
                .hasMessageContaining("期望报告的年度为 2024，但为 2022");
    }

    @Test
    void aMissingSectionOrFindingGivesOneFailureNotOnePerChainedAssertion() {
        FazhiSoftAssertions softly = new FazhiSoftAssertions();
        softly.assertThat(legacy)
                .section(SectionKind.SHORTCOMINGS_AND_CAUSES)
                .hasHeading("2022年推进法治政府建设存在的不足和原因")
                .containsText("原因")
                .subsection(1)
                .isRunIn();
        softly.assertThat(legacy).hasFinding("placeholder").at("s1").withSeverity(Severity.WARNING);
        softly.assertThat(legacy).section("s7").hasLabel("七、");

        List<String> errors = messages(softly);
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("期望报告中有“存在的不足和原因”部分（SHORTCOMINGS_AND_CAUSES），但没有。");
        assertThat(errors.get(1)).contains("期望有规则 placeholder 的发现，但没有。");
        assertThat(errors.get(2)).contains("期望报告中有 id 为 s7 的章节，但没有。");
    }

    @Test
    void navigatingFromNothingCollectsOneFailure() {
        FazhiSoftAssertions softly = new FazhiSoftAssertions();
        softly.assertThat((AnnualReport) null)
                .section(SectionKind.OTHER)
                .hasLabel("五、")
                .subsection(1);
        softly.assertThat((AnnualReport) null).hasFinding("placeholder").at("s1");
        softly.assertThat((ValidationReport) null).hasFinding("placeholder").at("s1");
        assertThat(messages(softly))
                .hasSize(3)
                .allSatisfy(m -> assertThat(m).contains("Expecting actual not to be null"));
    }

    @Test
    void passingAssertionsCollectNothing() {
        FazhiSoftAssertions softly = new FazhiSoftAssertions();
        softly.assertThat(clean)
                .hasTitle(Fixtures.CLEAN_TITLE)
                .hasPartsInMandatedOrder()
                .isValid()
                .section(SectionKind.MEASURES_AND_RESULTS)
                .subsection(1)
                .hasHeading("健全依法决策机制");
        softly.assertThat(Fixtures.checkedClean()).hasNoFindings();
        softly.assertThat(checkedLegacy).hasFinding("numbering-gap").at("s1.s2").atLine(9);
        softly.assertThat(clean.sections().get(1)).hasKind(SectionKind.SHORTCOMINGS_AND_CAUSES);
        softly.assertThat(checkedLegacy.findings().get(0)).withSeverity(Severity.ERROR);
        softly.assertThat(FindingsBaseline.empty().compare(Fixtures.CLEAN_FILE, Fixtures.checkedClean()))
                .hasNoNewFindings();
        assertThat(softly.errorsCollected()).isEmpty();
        softly.assertAll();
    }

    @Test
    void everyEntryPointCollects() {
        FazhiSoftAssertions softly = new FazhiSoftAssertions();
        softly.assertThat(clean.sections().get(0)).isRunIn();
        softly.assertThat(checkedLegacy.findings().get(0)).at("s1");
        softly.assertThat(FindingsBaseline.empty().compare(Fixtures.LEGACY_FILE, checkedLegacy))
                .hasNoNewFindings();
        softly.assertThat(checkedLegacy).hasNoErrors();
        assertThat(softly.errorsCollected()).hasSize(4);
    }

    @Test
    void assertjsOwnSoftAssertionsStillWork() {
        FazhiSoftAssertions softly = new FazhiSoftAssertions();
        softly.assertThat(clean.sections()).hasSize(4);
        softly.assertThat(clean.title()).isEmpty();
        softly.assertThat(legacy).hasReportingYear(2023);
        assertThat(softly.errorsCollected()).hasSize(3);
    }

    @Test
    void assertSoftly() {
        assertThatThrownBy(() -> SoftAssertionsProvider.assertSoftly(FazhiSoftAssertions.class, softly -> {
                    softly.assertThat(legacy).hasReportingYear(2024);
                    softly.assertThat(legacy).hasSection(SectionKind.OTHER);
                }))
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("期望报告中有“其他需要报告的情况”部分（OTHER），但没有。");
    }

    @Test
    void bddStyle() {
        then(clean).hasReportingYear(2024).isValid();
        then(Fixtures.checkedClean()).hasNoErrors();
        then(clean.sections().get(0)).hasLabel("一、");
        then(checkedLegacy.findings().get(0)).withSeverity(Severity.ERROR);
        then(FindingsBaseline.empty().compare(Fixtures.CLEAN_FILE, Fixtures.checkedClean()))
                .hasNoNewFindings();
        Fixtures.failure(() -> then(legacy).isValid()).hasMessageContaining("[错误] numbering-gap 9:1（s1.s2）");
    }

    // ---- with JUnit 5's SoftAssertionsExtension ---------------------------------------------------------

    private static final ThreadLocal<Boolean> LAUNCHED = ThreadLocal.withInitial(() -> false);

    /** Run by {@link #theJUnitExtensionReportsEveryFailureAfterTheTest} through the JUnit launcher, not by Surefire. */
    @ExtendWith(SoftAssertionsExtension.class)
    static class WithTheExtension {

        @InjectSoftAssertions
        FazhiSoftAssertions softly;

        @Test
        void legacyReport() {
            assumeTrue(LAUNCHED.get(), "run only through the launcher by FazhiSoftAssertionsTest");
            softly.assertThat(Fixtures.legacy()).hasReportingYear(2024).isValid();
            softly.assertThat(Fixtures.legacy())
                    .section(SectionKind.NEXT_YEAR_PLAN)
                    .hasHeading("2025年推进法治政府建设的主要安排");
        }

        @Test
        void cleanReport() {
            assumeTrue(LAUNCHED.get(), "run only through the launcher by FazhiSoftAssertionsTest");
            softly.assertThat(Fixtures.clean()).hasReportingYear(2024).isValid();
            softly.assertThat(Fixtures.clean())
                    .section(SectionKind.NEXT_YEAR_PLAN)
                    .hasLabel("四、");
        }

        @Test
        void asAParameter(FazhiSoftAssertions parameter) {
            assumeTrue(LAUNCHED.get(), "run only through the launcher by FazhiSoftAssertionsTest");
            parameter.assertThat(Fixtures.legacy()).hasSection(SectionKind.OTHER);
        }
    }

    @Test
    void theJUnitExtensionReportsEveryFailureAfterTheTest() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LAUNCHED.set(true);
        try {
            LauncherFactory.create()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(selectClass(WithTheExtension.class))
                                    .build(),
                            listener);
        } finally {
            LAUNCHED.set(false);
        }
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        Map<String, String> failures = summary.getFailures().stream()
                .collect(Collectors.toMap(
                        f -> f.getTestIdentifier().getDisplayName(),
                        f -> String.valueOf(f.getException().getMessage())));
        assertThat(failures).containsOnlyKeys("legacyReport()", "asAParameter(FazhiSoftAssertions)");
        assertThat(failures.get("legacyReport()"))
                .contains("Multiple Failures (3 failures)")
                .contains("期望报告的年度为 2024，但为 2022")
                .contains("期望报告在规则集“national”下没有错误，但有 2 个错误")
                .contains("期望章节 s3 三、2023年推进法治政府建设的主要安排 的标题为：\n  2025年推进法治政府建设的主要安排");
        assertThat(failures.get("asAParameter(FazhiSoftAssertions)")).contains("期望报告中有“其他需要报告的情况”部分（OTHER），但没有。");
    }

    private static List<String> messages(FazhiSoftAssertions softly) {
        return softly.errorsCollected().stream().map(Throwable::getMessage).toList();
    }
}
