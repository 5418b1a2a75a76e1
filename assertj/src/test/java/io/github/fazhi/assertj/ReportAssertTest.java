package io.github.fazhi.assertj;

import static io.github.fazhi.assertj.FazhiAssertions.assertThat;
import static io.github.fazhi.assertj.Fixtures.ISSUER;
import static io.github.fazhi.assertj.Fixtures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Severity;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportAssertTest {

    private final AnnualReport clean = Fixtures.clean();
    private final AnnualReport legacy = Fixtures.legacy();

    @Nested
    class Title {
        @Test
        void hasTitle() {
            assertThat(clean).hasTitle(Fixtures.CLEAN_TITLE);
            failure(() -> assertThat(clean).hasTitle("清河区司法局2024年工作总结"))
                    .hasMessageContaining("期望报告的标题为：\n  清河区司法局2024年工作总结\n但标题为：\n  " + Fixtures.CLEAN_TITLE);
        }

        @Test
        void hasTitleOnAReportWithoutTitle() {
            AnnualReport untitled = Fixtures.plan(
                            Fixtures.measures(Fixtures.builder().withoutTitle()))
                    .build();
            failure(() -> assertThat(untitled).hasTitle(Fixtures.CLEAN_TITLE)).hasMessageContaining("（无标题）");
        }

        @Test
        void hasTitleContaining() {
            assertThat(clean).hasTitleContaining("法治政府建设年度报告");
            failure(() -> assertThat(clean).hasTitleContaining("2023年"))
                    .hasMessageContaining("期望报告的标题含有“2023年”，但标题为：\n  " + Fixtures.CLEAN_TITLE);
        }

        @Test
        void hasNoTitle() {
            AnnualReport untitled = Fixtures.plan(
                            Fixtures.measures(Fixtures.builder().withoutTitle()))
                    .build();
            assertThat(untitled).hasNoTitle();
            failure(() -> assertThat(clean).hasNoTitle())
                    .hasMessageContaining("期望报告没有标题，但标题为：\n  " + Fixtures.CLEAN_TITLE);
        }
    }

    @Nested
    class Metadata {
        @Test
        void hasReportingYear() {
            assertThat(clean).hasReportingYear(2024);
            failure(() -> assertThat(clean).hasReportingYear(2023)).hasMessageContaining("期望报告的年度为 2023，但为 2024");
        }

        @Test
        void hasReportingYearWhenTheYearIsUnknown() {
            AnnualReport yearless = AnnualReport.builder()
                    .issuer(ISSUER)
                    .withoutTitle()
                    .preamble("区司法局推进法治政府建设的情况如下。")
                    .build();
            failure(() -> assertThat(yearless).hasReportingYear(2024)).hasMessageContaining("期望报告的年度为 2024，但为 （未知）");
        }

        @Test
        void hasIssuer() {
            assertThat(clean).hasIssuer(ISSUER);
            failure(() -> assertThat(clean).hasIssuer("清河市清河区人民政府"))
                    .hasMessageContaining("期望报告的发文机关中有“清河市清河区人民政府”，但发文机关为：" + ISSUER);
        }
    }

    @Nested
    class Parts {
        @Test
        void hasSection() {
            assertThat(clean).hasSection(SectionKind.SHORTCOMINGS_AND_CAUSES).hasSection(SectionKind.OTHER);
            failure(() -> assertThat(legacy).hasSection(SectionKind.SHORTCOMINGS_AND_CAUSES))
                    .hasMessageContaining("期望报告中有“存在的不足和原因”部分（SHORTCOMINGS_AND_CAUSES），但没有。报告的章节为：")
                    .hasMessageContaining("  s1 一、2022年推进法治政府建设的主要举措和成效［MEASURES_AND_RESULTS，第5行］")
                    .hasMessageContaining("    s1.s2 （三）规范行政执法。［THEMATIC，第9行］");
        }

        @Test
        void hasSectionLooksAtEveryDepth() {
            AnnualReport nested = Fixtures.builder()
                    .section(
                            "坚持依法行政",
                            s -> s.subsection(
                                    "党政主要负责人履行推进法治建设第一责任人职责情况",
                                    sub -> sub.kind(SectionKind.FIRST_RESPONSIBLE_PERSON)
                                            .paragraph("局主要负责人履行第一责任人职责。")))
                    .build();
            assertThat(nested).hasSection(SectionKind.FIRST_RESPONSIBLE_PERSON);
        }

        @Test
        void doesNotHaveSection() {
            assertThat(legacy).doesNotHaveSection(SectionKind.SHORTCOMINGS_AND_CAUSES);
            failure(() -> assertThat(clean).doesNotHaveSection(SectionKind.SHORTCOMINGS_AND_CAUSES))
                    .hasMessageContaining("期望报告中没有“存在的不足和原因”部分（SHORTCOMINGS_AND_CAUSES），但有：")
                    .hasMessageContaining("s2 二、2024年推进法治政府建设存在的不足和原因");
        }

        @Test
        void hasSectionCount() {
            assertThat(clean).hasSectionCount(5);
            failure(() -> assertThat(clean).hasSectionCount(4))
                    .hasMessageContaining("期望报告有 4 个一级章节，但有 5 个：")
                    .hasMessageContaining("s5 五、其他需要报告的情况［OTHER，第25行］");
        }

        @Test
        void hasAllRequiredParts() {
            assertThat(clean).hasAllRequiredParts();
            failure(() -> assertThat(legacy).hasAllRequiredParts())
                    .hasMessageContaining("期望报告有全部必备部分（第1至4项），但缺少：“存在的不足和原因”部分 (SHORTCOMINGS_AND_CAUSES)");
        }

        @Test
        void hasPartsInMandatedOrder() {
            assertThat(clean).hasPartsInMandatedOrder();
            assertThat(legacy).hasPartsInMandatedOrder();
        }

        @Test
        void theFirstResponsiblePersonMayComeFirst() {
            AnnualReport frpFirst = Fixtures.plan(
                            Fixtures.shortcomings(Fixtures.measures(Fixtures.frp(Fixtures.builder()))))
                    .build();
            assertThat(frpFirst).hasPartsInMandatedOrder();
        }

        @Test
        void hasPartsInMandatedOrderFailsOnAPartOutOfOrder() {
            AnnualReport planBeforeShortcomings = Fixtures.frp(
                            Fixtures.shortcomings(Fixtures.plan(Fixtures.measures(Fixtures.builder()))))
                    .build();
            failure(() -> assertThat(planBeforeShortcomings).hasPartsInMandatedOrder())
                    .hasMessageContaining(
                            "期望法定部分按第1、2、3、4（、5）项的顺序排列（第3项可排在最前），但第2项 s3 三、2024年推进法治政府建设存在的不足和原因排在第4项 s2 二、2025年推进法治政府建设的主要安排之后")
                    .hasMessageContaining("  s2 二、2025年推进法治政府建设的主要安排［NEXT_YEAR_PLAN］");
        }

        @Test
        void theFirstResponsiblePersonAfterThePlanIsOutOfOrder() {
            AnnualReport frpLast = Fixtures.frp(
                            Fixtures.plan(Fixtures.shortcomings(Fixtures.measures(Fixtures.builder()))))
                    .build();
            failure(() -> assertThat(frpLast).hasPartsInMandatedOrder()).hasMessageContaining("但第3项 s4");
        }

        @Test
        void hasPartsInMandatedOrderNeedsAPartToOrder() {
            AnnualReport thematic = Fixtures.builder()
                    .section("坚持依法行政", s -> s.paragraph("全年审查规范性文件14件。"))
                    .build();
            failure(() -> assertThat(thematic).hasPartsInMandatedOrder())
                    .hasMessageContaining("期望报告的一级章节中有法定部分，但一个也没有")
                    .hasMessageContaining("s1 一、坚持依法行政［THEMATIC］");
        }
    }

    @Nested
    class SignOff {
        @Test
        void hasSignOff() {
            assertThat(clean).hasSignOff();
            AnnualReport unsigned = AnnualReport.builder()
                    .issuer(ISSUER)
                    .reportingYear(2024)
                    .preamble("区司法局推进法治政府建设的情况如下。")
                    .build();
            failure(() -> assertThat(unsigned).hasSignOff()).hasMessageContaining("期望报告有落款，但没有。");
        }

        @Test
        void isSignedOffBy() {
            assertThat(clean).isSignedOffBy(ISSUER);
            failure(() -> assertThat(clean).isSignedOffBy("清河市清河区人民政府"))
                    .hasMessageContaining("期望落款中有“清河市清河区人民政府”，但落款的发文机关为：" + ISSUER);
        }

        @Test
        void isDatedIn() {
            assertThat(clean).isDatedIn(2025);
            failure(() -> assertThat(legacy).isDatedIn(2023)).hasMessageContaining("期望成文日期在 2023 年，但为 2022年12月30日");
        }

        @Test
        void isDated() {
            assertThat(clean).isDated(LocalDate.of(2025, 1, 22));
            failure(() -> assertThat(clean).isDated(LocalDate.of(2025, 2, 1)))
                    .hasMessageContaining("期望成文日期为 2025年2月1日，但为 2025年1月22日");
        }
    }

    @Nested
    class Navigation {
        @Test
        void sectionByKind() {
            assertThat(clean).section(SectionKind.NEXT_YEAR_PLAN).hasHeading("2025年推进法治政府建设的主要安排");
            failure(() -> assertThat(legacy).section(SectionKind.SHORTCOMINGS_AND_CAUSES))
                    .hasMessageContaining("期望报告中有“存在的不足和原因”部分（SHORTCOMINGS_AND_CAUSES），但没有。");
        }

        @Test
        void sectionById() {
            assertThat(clean).section("s1.s2").hasHeading("严格规范行政执法");
            failure(() -> assertThat(clean).section("s9"))
                    .hasMessageContaining("期望报告中有 id 为 s9 的章节，但没有。报告的章节为：")
                    .hasMessageContaining("s1.s3 （三）深化普法宣传教育。");
        }

        @Test
        void sectionByIdRefusesAParagraphId() {
            failure(() -> assertThat(clean).section("s2.p1")).hasMessageContaining("id 为 s2.p1 的章节");
        }

        @Test
        void theDescriptionCarriesOverToTheSection() {
            failure(() -> assertThat(clean).as("区司法局报告").section("s1").hasLabel("二、"))
                    .hasMessageStartingWith("[区司法局报告] ");
        }
    }

    @Nested
    class Validation {
        @Test
        void isValid() {
            assertThat(clean).isValid();
            failure(() -> assertThat(legacy).isValid())
                    .hasMessageContaining("期望报告在规则集“national”下没有错误，但有 2 个错误：")
                    .hasMessageContaining("  - [错误] part-missing 全文：缺少必备内容第2项：推进法治政府建设存在的不足和原因")
                    .hasMessageContaining("      建议：补写“2022年推进法治政府建设存在的不足和原因”部分")
                    .hasMessageContaining("  - [错误] numbering-gap 9:1（s1.s2）：序号不连续：“（三）”之前缺少（二）")
                    .hasMessageContaining("（另有 3 个警告、0 个提示，不影响本断言。）")
                    .hasMessageNotContaining("title-summary-doctype");
        }

        @Test
        void isValidWithAProfile() {
            AnnualReport withoutOther = Fixtures.plan(
                            Fixtures.frp(Fixtures.shortcomings(Fixtures.measures(Fixtures.builder()))))
                    .build();
            Profile strict = Profile.extending(Profile.national())
                    .name("strict")
                    .severity("other-part-absent", Severity.ERROR)
                    .build();
            assertThat(withoutOther).isValid();
            assertThat(clean).isValid(strict);
            failure(() -> assertThat(withoutOther).isValid(strict))
                    .hasMessageContaining("期望报告在规则集“strict”下没有错误，但有 1 个错误：")
                    .hasMessageContaining("  - [错误] other-part-absent 全文：");
        }

        @Test
        void isValidWithAProfileAndLocale() {
            assertThat(clean).isValid(Profile.national(), Locale.ENGLISH);
            failure(() -> assertThat(legacy).isValid(Profile.national(), Locale.ENGLISH))
                    .hasMessageContaining(
                            "Expecting the report to have no errors under the profile \"national\", but it has 2:")
                    .hasMessageContaining("  - [error] numbering-gap at 9:1 (s1.s2): ")
                    .hasMessageContaining("(3 warnings and 0 infos besides, which this assertion lets pass.)");
        }

        @Test
        void isValidWithAValidator() {
            ReportValidator english =
                    ReportValidator.builder().locale(Locale.ENGLISH).build();
            assertThat(clean).isValid(english);
            failure(() -> assertThat(legacy).isValid(english))
                    .hasMessageContaining("[error] part-missing at whole report: ");
        }

        @Test
        void usingValidatorSetsTheValidatorAndTheLanguage() {
            ReportValidator english =
                    ReportValidator.builder().locale(Locale.ENGLISH).build();
            assertThat(clean).usingValidator(english).isValid().hasNoFinding("numbering-gap");
            failure(() -> assertThat(legacy).usingValidator(english).isValid())
                    .hasMessageContaining("Expecting the report to have no errors");
            failure(() -> assertThat(legacy).usingValidator(english).hasReportingYear(2024))
                    .hasMessageContaining("Expecting the report to cover the year 2024, but it covers 2022");
        }

        @Test
        void hasNoFinding() {
            assertThat(clean).hasNoFinding("numbering-gap");
            assertThat(legacy).hasNoFinding("placeholder");
            failure(() -> assertThat(legacy).hasNoFinding("numbering-gap"))
                    .hasMessageContaining("期望没有规则 numbering-gap 的发现，但有 1 个：")
                    .hasMessageContaining("  - [错误] numbering-gap 9:1（s1.s2）：序号不连续");
        }

        @Test
        void aRuleIdNoProfileKnowsIsAnError() {
            assertThatThrownBy(() -> assertThat(clean).hasNoFinding("numbering-gapp"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("numbering-gapp")
                    .hasMessageContaining("numbering-gap,");
        }

        @Test
        void hasFinding() {
            assertThat(legacy).hasFinding("numbering-gap").at("s1.s2").withSeverity(Severity.ERROR);
            failure(() -> assertThat(clean).hasFinding("numbering-gap"))
                    .hasMessageContaining("期望有规则 numbering-gap 的发现，但没有。全部发现为：\n  （无）");
        }

        @Test
        void validationNavigatesToTheResult() {
            assertThat(clean).validation().hasNoFindings();
            failure(() -> assertThat(legacy).validation().hasNoWarnings())
                    .hasMessageContaining("期望没有警告，但有 3 个：")
                    .hasMessageContaining("[警告] date-out-of-range 19:1（signoff）");
        }

        @Test
        void hasNoNewFindings() {
            FindingsBaseline baseline = FindingsBaseline.of(Fixtures.LEGACY_FILE, Fixtures.checkedLegacy());
            assertThat(legacy).hasNoNewFindings(baseline);
            assertThat(legacy).hasNoNewFindings(baseline, Fixtures.LEGACY_FILE);
            failure(() -> assertThat(legacy).hasNoNewFindings(FindingsBaseline.empty()))
                    .hasMessageContaining("期望与基线相比没有新的发现，但有 5 个：")
                    .hasMessageContaining("[错误] numbering-gap 9:1（s1.s2）");
            failure(() -> assertThat(legacy).hasNoNewFindings(baseline, "other.txt"))
                    .hasMessageContaining("但有 5 个");
        }
    }

    @Nested
    class Language {
        @Test
        void inLocaleWritesEnglish() {
            failure(() -> assertThat(clean).inLocale(Locale.ENGLISH).hasReportingYear(2023))
                    .hasMessageContaining("Expecting the report to cover the year 2023, but it covers 2024");
            failure(() -> assertThat(legacy).inLocale(Locale.ENGLISH).isValid())
                    .hasMessageContaining("[error] numbering-gap at 9:1 (s1.s2): ");
        }

        @Test
        void inLocaleKeepsAValidatorsProfile() {
            Profile strict = Profile.extending(Profile.national())
                    .name("strict")
                    .severity("date-out-of-range", Severity.ERROR)
                    .build();
            ReportValidator validator =
                    ReportValidator.builder().profile(strict).build();
            failure(() -> assertThat(legacy)
                            .usingValidator(validator)
                            .inLocale(Locale.ENGLISH)
                            .isValid())
                    .hasMessageContaining("under the profile \"strict\", but it has 3:");
        }
    }

    @Test
    void nothingUnderTest() {
        failure(() -> assertThat((AnnualReport) null).hasTitle(Fixtures.CLEAN_TITLE))
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void navigatingFromNothingFails() {
        failure(() -> assertThat((AnnualReport) null).section(SectionKind.OTHER))
                .hasMessageContaining("Expecting actual not to be null");
        failure(() -> assertThat((AnnualReport) null).hasFinding("placeholder"))
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void aReportIsShownShortInAssertjsOwnMessages() {
        failure(() -> assertThat(clean).isEqualTo(legacy))
                .hasMessageContaining("AnnualReport[" + Fixtures.CLEAN_TITLE + ", year 2024, 5 top-level sections]");
    }

    @Test
    void assertjsOwnAssertThatStillWorksBeside() {
        assertThat(clean.sections()).hasSize(5);
        assertThat(clean.title()).isPresent();
    }
}
