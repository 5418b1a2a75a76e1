package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

    private final List<LogRecord> warnings = new ArrayList<>();
    private final Logger hibernate = Logger.getLogger("org.hibernate.validator");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(record);
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        hibernate.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        hibernate.removeHandler(capture);
    }

    /** A report whose text carries expression-language and message-template syntax. */
    private static AnnualReport hostile() {
        String evil = "${1+1}#{1+1}{title}{io.github.fazhi.validation.none}\\{x\\}$";
        AnnualReport clean = Samples.clean().withTitle(Optional.of(Title.of("清河区" + evil + "2024年法治政府建设情况")));
        List<Section> parts = new ArrayList<>(clean.sections());
        parts.set(
                2,
                parts.get(2)
                        .withBlocks(List.of(
                                Paragraph.of("局主要负责人履行第一责任人职责，研究部署、带头学法、督促依法行政、年终述法。"),
                                Paragraph.of("加强统筹${x}{title}。局长主持会议。")))
                        .withSubsections(List.of(Section.builder()
                                .number(new io.github.fazhi.core.Numbering(2, 2))
                                .printedNumber("（二）")
                                .heading("带头学法。")
                                .runIn(true)
                                .blocks(List.of(Paragraph.of("全年学法4次。")))
                                .build())));
        return clean.withSections(parts);
    }

    @Test
    void theCleanSampleBreaksNoRule() {
        assertThat(Samples.NATIONAL.validate(Samples.clean()).findings()).isEmpty();
    }

    @Test
    void theListenerHearsHibernateValidatorWarnings() {
        hibernate.setUseParentHandlers(false); // keep the probe off the console
        try {
            Logger.getLogger("org.hibernate.validator.probe").warning("probe");
        } finally {
            hibernate.setUseParentHandlers(true);
        }
        assertThat(warnings).hasSize(1);
    }

    @Test
    void reportTextIsNeverInterpolated() {
        String evil = "${1+1}#{1+1}{title}{io.github.fazhi.validation.none}\\{x\\}$";

        ValidationReport result = Samples.NATIONAL.validate(hostile());

        Finding doctype = result.findings("title-doctype").get(0);
        assertThat(doctype.message()).contains(evil).doesNotContain("2}").doesNotContain("“无”");
        Finding gap = result.findings("numbering-gap").get(0);
        assertThat(gap.suggestedFix())
                .hasValueSatisfying(fix -> assertThat(fix).contains("（一）").contains("加强统筹${x}{title}。"));
        assertThat(warnings).as("Hibernate Validator logged no warning").isEmpty();
    }

    @Test
    void noExpressionLanguageIsOnTheClassPathOrNeeded() {
        assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(ReportValidator.national().validate(Samples.clean()).findings())
                .isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void messagesAreChineseByDefaultAndEnglishOnRequest() {
        AnnualReport untitled = Samples.clean().withTitle(Optional.empty());

        Finding zh = ReportValidator.national().validate(untitled).errors().get(0);
        Finding en = ReportValidator.builder()
                .locale(Locale.ENGLISH)
                .build()
                .validate(untitled)
                .errors()
                .get(0);

        assertThat(zh.message()).isEqualTo("报告没有标题");
        assertThat(en.message()).isEqualTo("The report has no title");
        assertThat(en.suggestedFix()).hasValueSatisfying(fix -> assertThat(fix).startsWith("Add a title"));
    }

    @Test
    void findingsComeInDocumentOrderWithReportWideOnesFirst() {
        AnnualReport report = hostile().withSignOff(Optional.empty());

        List<Finding> findings = Samples.NATIONAL.validate(report).findings();
        List<String> order = report.walk().map(io.github.fazhi.core.Element::id).toList();

        assertThat(findings.get(0).elementId()).isEqualTo(Finding.REPORT);
        List<Integer> positions = findings.stream()
                .map(f -> f.isAboutReport() ? -1 : order.indexOf(f.elementId()))
                .toList();
        assertThat(positions).isSorted().doesNotContain(-2);
        assertThat(findings).extracting(Finding::elementId).contains("title", "s3.s1");
    }

    @Test
    void aFullCheckReportsEveryCategoryAndFailFastStopsAfterTheFirst() {
        AnnualReport report = Samples.clean().withSignOff(Optional.empty()); // signoff-missing: structure
        report = Samples.editParagraphs(report, t -> t.replace("全年审核", "XX全年审核")); // placeholder: content

        ValidationReport full = Samples.NATIONAL.validate(report);
        ValidationReport stop =
                ReportValidator.builder().failFastByCategory(true).build().validate(report);

        assertThat(full.findings()).extracting(Finding::ruleId).contains("signoff-missing", "placeholder");
        assertThat(stop.findings()).extracting(Finding::ruleId).containsExactly("signoff-missing");
    }

    @Test
    void aRuleCanReportSeveralFindingsEachWithItsOwnParameters() {
        AnnualReport report = Samples.editParagraphs(Samples.clean(), t -> t + "XX");

        List<Finding> placeholders = Samples.NATIONAL.validate(report).findings("placeholder");

        assertThat(placeholders.size()).isGreaterThan(3);
        assertThat(placeholders).extracting(Finding::elementId).doesNotHaveDuplicates();
        assertThat(placeholders).allSatisfy(f -> assertThat(f.message()).isEqualTo("残留模板占位符：XX"));
    }

    @Test
    void eachFindingHasItsOwnParameters() {
        AnnualReport clean = Samples.clean();
        List<Section> parts = new ArrayList<>(clean.sections());
        parts.set(0, parts.get(0).withBlocks(List.of(Paragraph.of("一是完善制度；三是强化考核。"))));
        parts.set(1, parts.get(1).withBlocks(List.of(Paragraph.of("一是素养不高；二是宣传不足；四是原因在于培训少。"))));

        List<Finding> found =
                Samples.NATIONAL.validate(clean.withSections(parts)).findings("enumeration-order");

        assertThat(found).extracting(Finding::message).containsExactly("“三是”之前缺少“二是”", "“四是”之前缺少“三是”");
        assertThat(found)
                .extracting(f -> f.suggestedFix().orElseThrow())
                .containsExactly("检查是否漏写了“二是”，或调整序数", "检查是否漏写了“三是”，或调整序数");
    }
}
