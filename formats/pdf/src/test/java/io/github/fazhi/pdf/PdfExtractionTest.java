package io.github.fazhi.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.read.LayoutHints;
import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import io.github.fazhi.core.testing.Fixtures;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What the extractor hands the structure reader from PDFs LibreOffice wrote. */
class PdfExtractionTest {

    private static final PdfReportReader READER = PdfReportReader.standard();

    private static SourceDocument extract(String fixture) {
        return READER.extract(PdfFixtures.bytes(fixture), fixture);
    }

    private static List<String> body(SourceDocument doc) {
        return doc.lines().stream()
                .filter(l -> l.hints().inBody())
                .map(SourceLine::text)
                .toList();
    }

    private static SourceLine line(SourceDocument doc, String startsWith) {
        return doc.lines().stream()
                .filter(l -> l.text().startsWith(startsWith))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + startsWith));
    }

    @Test
    void everyParagraphOfTheTextComesBackWholeAndNothingElse() {
        // the visual lines of each paragraph joined again, within a page and over page breaks; table
        // rows with their cells tab-separated; page furniture apart
        for (String name : List.of("qingyuan-2025", "qinghe-justice-2025")) {
            List<String> text = Fixtures.text(name + ".txt")
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
            List<String> pdf = body(extract(name + ".pdf"));
            // the qinghe DOCX printed its title on two lines, as the fixture's text has it on one
            if (name.startsWith("qinghe")) {
                assertThat(pdf.subList(0, 2)).containsExactly("清河市清河区司法局", "2025年法治政府建设年度报告");
                pdf = java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(pdf.get(0) + pdf.get(1)),
                                pdf.stream().skip(2))
                        .toList();
            }
            assertThat(pdf).as(name).containsExactlyElementsOf(text);
        }
    }

    @Test
    void runningHeadersAndPageNumbersAreFurniture() {
        SourceDocument doc = extract("qingyuan-2025.pdf");
        assertThat(doc.lines())
                .filteredOn(l -> l.hints().region() == LineRegion.PAGE_HEADER)
                .extracting(SourceLine::text)
                .containsExactly("清源街道办事处法治政府建设年度报告", "清源街道办事处法治政府建设年度报告");
        assertThat(doc.lines())
                .filteredOn(l -> l.hints().region() == LineRegion.PAGE_FOOTER)
                .extracting(l -> l.text() + "@" + l.span().page())
                .containsExactly("— 1 —@1", "— 2 —@2");
        SourceDocument qinghe = extract("qinghe-justice-2025.pdf");
        assertThat(qinghe.lines())
                .filteredOn(l -> l.hints().region() == LineRegion.PAGE_FOOTER)
                .hasSize(11)
                .allMatch(l -> l.text().equals("— " + l.span().page() + " —"));
    }

    @Test
    void titlesHeadingsAndTablesGiveTheirHints() {
        SourceDocument doc = extract("qingyuan-2025.pdf");
        SourceLine title = line(doc, "清河区清源街道办事处2025年");
        // a title wrapped over two lines is one centred line again
        assertThat(title.text()).isEqualTo("清河区清源街道办事处2025年法治政府建设年度报告");
        LayoutHints h = title.hints();
        assertThat(h.centred()).isTrue();
        assertThat(h.bold()).isTrue();
        assertThat(h.fontSize()).isEqualTo(OptionalDouble.of(22));
        assertThat(h.blankBefore()).isTrue();
        assertThat(title.span()).isEqualTo(SourceSpan.onPage(1, 2, 1, 3, 5));
        assertThat(line(doc, "（一）强化组织领导").hints().bold()).isTrue();
        assertThat(line(doc, "街道党工委把法治建设").hints().bold()).isFalse();
        assertThat(line(doc, "街道党工委把法治建设").hints().centred()).isFalse();
        assertThat(line(doc, "街道党工委把法治建设").hints().fontSize()).isEqualTo(OptionalDouble.of(16));
        assertThat(line(doc, "清河市清河区清源街道办事处").hints().blankBefore()).isTrue();
        assertThat(doc.lines())
                .filteredOn(l -> l.hints().region() == LineRegion.TABLE)
                .extracting(SourceLine::text)
                .containsExactly("指标\t2024年\t2025年", "调处纠纷（件）\t376\t418", "法律咨询（人次）\t2105\t2380");
    }

    @Test
    void spansGiveThePageAndTheLinesOnIt() {
        SourceDocument doc = extract("qinghe-justice-2025.pdf");
        SourceLine part2 = line(doc, "二、2025年推进法治政府建设存在的不足和原因");
        assertThat(part2.span().page()).isEqualTo(6);
        assertThat(part2.span().line()).isEqualTo(part2.span().endLine());
        // a paragraph over a page break keeps the span of its part on the first page
        SourceLine spanning = line(doc, "（一）坚持党的领导");
        assertThat(spanning.span().page()).isEqualTo(1);
        assertThat(spanning.span().endLine()).isGreaterThan(spanning.span().line());
        assertThat(spanning.text()).endsWith("督促23个区直部门和9个街道（镇）对照指标逐项补短板。");
        assertThat(doc.lines()).extracting(SourceLine::span).isSorted();
        assertThat(doc.info().title()).contains("清河市清河区司法局2025年法治政府建设年度报告");
        assertThat(doc.info().author()).contains("清河市清河区司法局");
    }
}
