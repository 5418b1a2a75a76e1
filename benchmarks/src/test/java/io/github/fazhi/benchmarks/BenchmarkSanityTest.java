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
}
