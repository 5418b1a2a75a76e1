package io.github.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a fixed page layout from glyph geometry: an A4 page, a text block from x=80 to x=528, 16 pt type. */
class FixedLayoutTest {

    private static final float LEFT = 80;
    private static final float RIGHT = 528; // 28 characters of 16 pt

    /** A line of 16 pt glyphs starting at {@code x}, one word per run of text separated by "|" gaps of {@code gap}. */
    private static FixedLayout.Line line(int page, int number, float baseline, float x, String text) {
        return line(page, number, baseline, x, text, 16, false);
    }

    private static FixedLayout.Line line(
            int page, int number, float baseline, float x, String text, float size, boolean bold) {
        List<FixedLayout.Word> words = new ArrayList<>();
        float at = x;
        for (String part : text.split("\\|", -1)) {
            if (part.startsWith(">")) { // a gap of so many characters before the part
                int n = part.charAt(1) - '0';
                at += n * size;
                part = part.substring(2);
            } else if (part.startsWith("@")) { // the part starts at this x
                int colon = part.indexOf(':');
                at = Float.parseFloat(part.substring(1, colon));
                part = part.substring(colon + 1);
            }
            List<FixedLayout.Glyph> glyphs = new ArrayList<>();
            for (int i = 0; i < part.length(); i++) {
                glyphs.add(new FixedLayout.Glyph(String.valueOf(part.charAt(i)), at, baseline, size, size, bold));
                at += size;
            }
            words.add(new FixedLayout.Word(part, glyphs));
        }
        return new FixedLayout.Line(page, number, words, 595, 842);
    }

    private static String full(String start, int length) {
        StringBuilder s = new StringBuilder(start);
        while (s.length() < length) {
            s.append('政');
        }
        return s.toString();
    }

    @Test
    void wrappedLinesJoinIntoTheirParagraphAlsoOverAPageBreak() {
        String l1 = full("一是", 26); // 2-character indent + 26 = a full line
        String l2 = full("二", 28);
        String l3 = "结束。";
        List<FixedLayout.Line> lines = List.of(
                line(1, 1, 120, LEFT + 32, l1),
                line(1, 2, 148, LEFT, l2),
                line(1, 3, 176, LEFT + 32, full("新段", 26)),
                line(1, 4, 204, LEFT, full("跨", 28)),
                line(1, 5, 800, 270, "— 1 —"),
                line(2, 1, 120, LEFT, l3),
                line(2, 2, 800, 270, "— 2 —"));
        List<SourceLine> out = FixedLayout.read(lines);
        assertThat(out)
                .extracting(SourceLine::text)
                .containsExactly(l1 + l2, full("新段", 26) + full("跨", 28) + l3, "— 1 —", "— 2 —");
        // reading order is kept: the page-1 footer comes after the paragraph that went on to page 2
        assertThat(out.get(0).span()).isEqualTo(SourceSpan.onPage(1, 1, 1, 2, 29));
        assertThat(out.get(1).span().page()).isEqualTo(1);
        assertThat(out.get(2).hints().region()).isEqualTo(LineRegion.PAGE_FOOTER);
        assertThat(out.get(3).hints().region()).isEqualTo(LineRegion.PAGE_FOOTER);
    }

    @Test
    void runningHeadersRecurAndPageNumbersHaveTheirForms() {
        List<FixedLayout.Line> lines = new ArrayList<>();
        String[] numbers = {"- 1 -", "第 2 页", "3/3"};
        for (int p = 1; p <= 3; p++) {
            lines.add(line(p, 1, 60, 200, "清河区司法局文件", 10.5f, false));
            lines.add(line(p, 2, 120, LEFT + 32, full("正文", 26)));
            lines.add(line(p, 3, 148, LEFT, "短行。"));
            lines.add(line(p, 4, 800, 270, numbers[p - 1]));
        }
        List<SourceLine> out = FixedLayout.read(lines);
        assertThat(out)
                .filteredOn(l -> l.hints().region() == LineRegion.PAGE_HEADER)
                .hasSize(3);
        assertThat(out)
                .filteredOn(l -> l.hints().region() == LineRegion.PAGE_FOOTER)
                .extracting(SourceLine::text)
                .containsExactly(numbers);
        assertThat(out).filteredOn(l -> l.hints().inBody()).hasSize(3);
    }

    @Test
    void aWrappedCentredTitleIsOneCentredLineAndTablesHaveCells() {
        List<FixedLayout.Line> lines = List.of(
                line(1, 1, 100, LEFT, "清河区清源街道办事处2025年法治政府建", 22, true), // 20 × 22 pt wide
                line(1, 2, 130, 249, "设年度报告", 22, true), // centred: (80 + 528) / 2 - 55
                line(1, 3, 180, LEFT + 32, full("正文", 26)),
                line(1, 4, 208, LEFT, full("接", 28)),
                line(1, 5, 236, LEFT + 4, "指标|@220:2024年|@360:2025年"),
                line(1, 6, 264, LEFT + 4, "调处纠纷|@220:376|@360:418"),
                // a cell that nearly fills its column: split where the rows above have their cells
                line(1, 7, 292, LEFT + 4, "法律咨询（人次）|@220:2105|@360:2380"),
                line(1, 8, 320, LEFT + 32, "另一段。"),
                // another table's rows are not split into the first one's columns
                line(1, 9, 348, LEFT + 4, "甲|>32024年乙|>3丙"),
                line(1, 10, 376, LEFT + 4, "丁丁丁|>3戊|>3己"));
        // make the title's first line reach the right edge of the block
        List<SourceLine> out = FixedLayout.read(lines);
        assertThat(out.get(0).text()).isEqualTo("清河区清源街道办事处2025年法治政府建设年度报告");
        assertThat(out.get(0).hints().centred()).isTrue();
        assertThat(out.get(0).hints().bold()).isTrue();
        assertThat(out.get(0).hints().fontSize()).hasValue(22);
        assertThat(out)
                .filteredOn(l -> l.hints().region() == LineRegion.TABLE)
                .extracting(SourceLine::text)
                .containsExactly(
                        "指标\t2024年\t2025年", "调处纠纷\t376\t418", "法律咨询（人次）\t2105\t2380", "甲\t2024年乙\t丙", "丁丁丁\t戊\t己");
    }
}
