package io.github.fazhi.doc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.LayoutHints;
import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the extractor hands the structure reader from .doc files LibreOffice wrote. */
class DocExtractionTest {

    private static final DocReportReader READER = DocReportReader.standard();

    private static SourceDocument extract(String fixture) {
        return READER.extract(DocFixtures.bytes(fixture), fixture);
    }

    private static SourceLine line(SourceDocument doc, String startsWith) {
        return doc.lines().stream()
                .filter(l -> l.text().startsWith(startsWith))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + startsWith + " in " + texts(doc)));
    }

    private static List<String> texts(SourceDocument doc) {
        return doc.lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void automaticNumberingReadsAsTheReaderSeesIt() {
        SourceDocument doc = extract("qingyuan-2025.doc");
        assertThat(doc.formatId()).isEqualTo("doc");
        // LibreOffice wrote 一、/（一） as taiwaneseCountingThousand and 1. as decimal, in one outline list
        assertThat(texts(doc))
                .filteredOn(t -> t.matches("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\\.).*"))
                .containsExactly(
                        "一、2025年推进法治政府建设的主要举措和成效",
                        "（一）强化组织领导",
                        "（二）规范综合行政执法",
                        "1.推行执法公示",
                        "2.落实法制审核",
                        "（三）化解基层矛盾纠纷",
                        "二、2025年推进法治政府建设存在的不足和原因",
                        "三、2025年党政主要负责人履行推进法治建设第一责任人职责情况",
                        "四、2026年推进法治政府建设的主要安排",
                        "（一）提升执法规范化水平",
                        "（二）深化法治社区建设");
    }

    @Test
    void headingStylesTitlesAndTablesGiveTheirHints() {
        SourceDocument doc = extract("qingyuan-2025.doc");
        LayoutHints title = doc.lines().get(0).hints();
        assertThat(doc.lines().get(0).text()).isEqualTo("清河区清源街道办事处2025年法治政府建设年度报告");
        assertThat(title.centred()).isTrue();
        assertThat(title.bold()).isTrue();
        assertThat(title.fontSize()).isEqualTo(OptionalDouble.of(22));
        assertThat(title.outlineLevel()).isEmpty();

        assertThat(line(doc, "一、").hints().outlineLevel()).isEqualTo(OptionalInt.of(1));
        assertThat(line(doc, "一、").hints().styleName()).contains("Heading 1");
        assertThat(line(doc, "（一）").hints().outlineLevel()).isEqualTo(OptionalInt.of(2));
        assertThat(line(doc, "（一）").hints().bold()).isTrue();
        assertThat(line(doc, "1.").hints().outlineLevel()).isEqualTo(OptionalInt.of(3));
        SourceLine body = line(doc, "街道党工委把法治建设");
        assertThat(body.hints().outlineLevel()).isEmpty();
        assertThat(body.hints().centred()).isFalse();
        assertThat(body.hints().fontSize()).isEqualTo(OptionalDouble.of(16));

        assertThat(doc.lines())
                .filteredOn(l -> l.hints().region() == LineRegion.TABLE)
                .extracting(SourceLine::text)
                .containsExactly("指标\t2024年\t2025年", "调处纠纷（件）\t376\t418", "法律咨询（人次）\t2105\t2380");
    }

    @Test
    void headersAndFootersAreFurnitureOnceEach() {
        SourceDocument doc = extract("qingyuan-2025.doc");
        assertThat(doc.lines())
                .filteredOn(l -> l.hints().region() == LineRegion.PAGE_HEADER)
                .extracting(SourceLine::text)
                .containsExactly("清源街道办事处法治政府建设年度报告");
        // the page field shows the number it was last laid out with, never its code
        assertThat(doc.lines())
                .filteredOn(l -> l.hints().region() == LineRegion.PAGE_FOOTER)
                .extracting(SourceLine::text)
                .singleElement()
                .asString()
                .matches("— [0-9]+ —");
        // the body comes first; spans count paragraphs in order
        assertThat(doc.lines().get(0).span().line()).isEqualTo(1);
        assertThat(doc.lines()).extracting(l -> l.span().line()).isSorted();
    }

    @Test
    void notesHiddenTextRevisionsListsAndSoftBreaks() {
        SourceDocument doc = extract("furniture.doc");
        assertThat(texts(doc))
                .contains(
                        "正文第一段，数据见脚注。", // hidden text and the note's reference mark are not read
                        "第二段保留的文字。", // nor a deleted revision
                        "壹、一项",
                        "贰、二项",
                        "①第一点",
                        "②第二点",
                        "软换行前软换行后，English words。")
                .noneMatch(t -> t.contains("隐藏") || t.contains("删除"));
        assertThat(line(doc, "数据截至").hints().region()).isEqualTo(LineRegion.NOTE);
        assertThat(line(doc, "清河区市场监督管理局").hints().region()).isEqualTo(LineRegion.PAGE_HEADER);
        assertThat(line(doc, "第 1 页").hints().region()).isEqualTo(LineRegion.PAGE_FOOTER);
        assertThat(doc.info().title()).contains("清河区市场监督管理局2025年法治政府建设年度报告");
        assertThat(doc.info().author()).contains("清河区市场监督管理局");
        assertThat(doc.info().created()).isEqualTo(Optional.of(LocalDate.of(2026, 2, 12)));
    }

    @Test
    void aTitleOnTwoCentredLinesAndTheSignOffStyles() {
        SourceDocument doc = extract("qinghe-justice-2025.doc");
        assertThat(doc.lines().subList(0, 2))
                .extracting(SourceLine::text)
                .containsExactly("清河市清河区司法局", "2025年法治政府建设年度报告");
        assertThat(doc.lines().subList(0, 2))
                .allMatch(l -> l.hints().centred() && l.hints().styleName().equals(Optional.of("Title")));
        assertThat(line(doc, "区委、区政府、市司法局：").hints().styleName()).contains("主送机关");
        assertThat(doc.lines())
                .filteredOn(l -> l.hints().outlineLevel().equals(OptionalInt.of(1)))
                .hasSize(5);
    }

    @Test
    void aWpsFileIsToldByItsMarksAndReadLikeTheDoc() {
        byte[] doc = DocFixtures.bytes("qingyuan-2025.doc");
        for (boolean stream : new boolean[] {true, false}) {
            byte[] wps = DocFixtures.withWpsMarks(doc, stream);
            assertThat(Readers.detect(wps)).as("WpsCustomData " + stream).isEqualTo(DocumentFormat.WPS);
            SourceDocument fromWps = READER.extract(wps, "qingyuan-2025.wps");
            assertThat(fromWps.formatId()).isEqualTo("wps");
            assertThat(fromWps.lines())
                    .isEqualTo(READER.extract(doc, "qingyuan-2025.doc").lines());
        }
    }
}
