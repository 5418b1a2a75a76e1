package io.github.fazhi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SectionKind;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark method once on the smallest report and checks that it did the work, so that
 * no benchmark can silently measure nothing (an empty result, a failed setup, the wrong input).
 */
class BenchmarkSanityTest {

    private static final int SIZE = 3000;

    @Test
    void corpusReportsHaveTheirSizeAndDefects() {
        var generated = Corpus.generated(SIZE);
        assertThat(io.github.fazhi.core.testing.ReportGenerator.chineseCharacters(generated.report()))
                .isBetween(2_800, 3_200);
        assertThat(generated.defects()).isNotEmpty();
        assertThat(Corpus.markdown(generated.report()))
                .contains("## ")
                .contains(generated.report().title().orElseThrow().text());
    }

    @Test
    void readBenchmarkReadsTheWholeReport() {
        ReadBenchmark b = new ReadBenchmark();
        b.size = SIZE;
        b.setUp();
        AnnualReport read = b.fazhi();
        AnnualReport original = Corpus.report(SIZE);
        assertThat(read.sections()).hasSameSizeAs(original.sections());
        assertThat(read.hasSection(SectionKind.NEXT_YEAR_PLAN)).isTrue();
        assertThat(read.walk().count()).isEqualTo(original.walk().count());

        Node document = b.commonmark();
        // the title and one heading per section, run-in headings included
        assertThat(count(document, Heading.class))
                .isEqualTo((int) original.allSections().count() + 1);
    }

    @Test
    void htmlBenchmarkRendersEveryParagraph() {
        HtmlBenchmark b = new HtmlBenchmark();
        b.size = SIZE;
        b.setUp();
        long paragraphs = b.report
                .walk()
                .filter(e -> e instanceof io.github.fazhi.core.Paragraph)
                .count();
        String fragment = b.fazhi();
        assertThat(fragment).doesNotContain("<html").contains("<section");
        assertThat(occurrences(fragment, "<p")).isGreaterThanOrEqualTo((int) paragraphs);
        assertThat(b.fazhiPage()).startsWith("<!DOCTYPE html>").contains("<style");
        String commonmark = b.commonmark();
        assertThat(occurrences(commonmark, "<p>")).isGreaterThanOrEqualTo((int) paragraphs / 2);
        assertThat(commonmark.length()).isGreaterThan(SIZE);
    }

    @Test
    void validateBenchmarkFindsTheDefectsAndEveryPeerChecksSomething() {
        ValidateBenchmark b = new ValidateBenchmark();
        b.size = SIZE;
        b.setUp();
        try {
            var generated = Corpus.generated(SIZE);
            var findings = b.fazhi().findings();
            assertThat(findings).isNotEmpty();
            if (generated.has(io.github.fazhi.core.testing.ReportGenerator.Defect.PLACEHOLDER)) {
                assertThat(findings).anyMatch(f -> f.ruleId().equals("placeholder"));
            }
            // the bean graph mirrors the report: its placeholder check fires where fazhi's does
            assertThat(b.beans.sections).hasSameSizeAs(b.report.sections());
            assertThat(b.hibernateValidator()).anyMatch(v -> v.getMessage().equals("unfilled placeholder"));
            // the report's JSON is valid against core's schema; the peer did walk it
            assertThat(b.networknt()).isEmpty();
            assertThat(b.networkntFromText()).isEmpty();
            assertThat(b.tree.get("sections").size())
                    .isEqualTo(b.report.sections().size());
            var broken = (tools.jackson.databind.node.ObjectNode) b.tree.deepCopy();
            broken.put("sections", "not a list");
            assertThat(b.schema.validate(broken)).isNotEmpty();
        } finally {
            b.tearDown();
        }
    }

    @Test
    void bootstrapBenchmarkBuildsWorkingValidators() {
        BootstrapBenchmark b = new BootstrapBenchmark();
        AnnualReport report = Corpus.report(SIZE);
        assertThat(b.fazhi().validate(report).findings()).isNotEmpty();
        var bean = new BeanGraph.ParagraphBean();
        bean.text = "办理行政复议案件XX件";
        assertThat(b.hibernateValidator().validate(bean)).isNotEmpty();
    }

    @Test
    void docxBenchmarkWritesDocumentsWithEveryLine() throws Exception {
        DocxBenchmark b = new DocxBenchmark();
        b.size = SIZE;
        b.setUp();
        byte[] fazhi = b.fazhi();
        byte[] poi = b.poi();
        AnnualReport back = io.github.fazhi.docx.DocxReportReader.standard().read(fazhi, "fazhi.docx");
        assertThat(back.allSections().count()).isEqualTo(b.report.allSections().count());
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(poi))) {
            assertThat(document.getParagraphs()).hasSameSizeAs(b.lines);
            assertThat(document.getParagraphs()
                            .get(document.getParagraphs().size() - 1)
                            .getText())
                    .isEqualTo(b.lines.get(b.lines.size() - 1));
        }
        assertThat(b.lines.size()).isGreaterThan(20);
    }

    static int count(Node node, Class<? extends Node> type) {
        int n = type.isInstance(node) ? 1 : 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            n += count(child, type);
        }
        return n;
    }

    static int occurrences(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void scalingBenchmarkReadsEverySectionAndValidatesTheWholeReport() {
        ScalingBenchmark b = new ScalingBenchmark();
        b.scale = 1;
        b.setUp();
        AnnualReport read = b.read();
        assertThat(read.sections()).hasSize(4);
        assertThat(read.sections().get(0).subsections()).hasSize(ScalingBenchmark.BASE_SECTIONS);
        assertThat(read.hasSection(SectionKind.FIRST_RESPONSIBLE_PERSON)).isTrue();
        assertThat(b.readAndValidate().findings()).isEqualTo(b.validate().findings());
        assertThat(ScalingBenchmark.text(2))
                .hasSizeGreaterThan(2 * ScalingBenchmark.text(1).length() - 200);
        ScalingBenchmark flat = new ScalingBenchmark();
        flat.scale = 1;
        flat.layout = "flat";
        flat.setUp();
        assertThat(flat.read().sections()).hasSize(ScalingBenchmark.BASE_SECTIONS);
    }
}
