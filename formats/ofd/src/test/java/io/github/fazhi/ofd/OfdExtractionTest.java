package io.github.fazhi.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import io.github.fazhi.core.testing.Fixtures;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What the extractor hands the structure reader from OFDs laid out with ofdrw. */
class OfdExtractionTest {

    private static final OfdReportReader READER = OfdReportReader.standard();

    private static SourceDocument extract(String fixture) {
        return READER.extract(OfdFixtures.bytes(fixture), fixture);
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
    void everyParagraphOfTheTextComesBackWholeAndNothingElse() throws IOException {
        for (String name : List.of("qingyuan-2025", "qinghe-justice-2025")) {
            List<String> text = Fixtures.text(name + ".txt")
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
            assertThat(body(extract(name + ".ofd"))).as(name).containsExactlyElementsOf(text);
            // and from a file laid out now, with today's ofdrw
            byte[] fresh = OfdFixtures.layOut(Fixtures.text(name + ".txt"));
            assertThat(body(READER.extract(fresh, name + ".ofd"))).as(name).containsExactlyElementsOf(text);
        }
    }

    @Test
    void pageNumbersAreFurnitureAndSpansGiveThePage() {
        SourceDocument doc = extract("qinghe-justice-2025.ofd");
        List<SourceLine> footers = doc.lines().stream()
                .filter(l -> l.hints().region() == LineRegion.PAGE_FOOTER)
                .toList();
        assertThat(footers)
                .isNotEmpty()
                .allMatch(l -> l.text().equals("— " + l.span().page() + " —"));
        assertThat(footers).extracting(l -> l.span().page()).doesNotHaveDuplicates();
        assertThat(doc.lines()).extracting(SourceLine::span).isSorted();
        assertThat(line(doc, "二、2025年推进法治政府建设存在的不足和原因").span().page()).isGreaterThan(1);
    }

    @Test
    void titlesHeadingsAndTablesGiveTheirHints() {
        SourceDocument doc = extract("qingyuan-2025.ofd");
        SourceLine title = doc.lines().get(0);
        assertThat(title.text()).isEqualTo("清河区清源街道办事处2025年法治政府建设年度报告");
        assertThat(title.hints().centred()).isTrue();
        assertThat(title.hints().bold()).isTrue();
        assertThat(title.hints().fontSize()).isEqualTo(OptionalDouble.of(22));
        assertThat(line(doc, "（一）强化组织领导").hints().bold()).isTrue();
        assertThat(line(doc, "一、2025年").hints().centred()).isFalse();
        assertThat(line(doc, "街道党工委").hints().bold()).isFalse();
        assertThat(doc.lines())
                .filteredOn(l -> l.hints().region() == LineRegion.TABLE)
                .extracting(SourceLine::text)
                .containsExactly("指标\t2024年\t2025年", "调处纠纷（件）\t376\t418", "法律咨询（人次）\t2105\t2380");
        assertThat(doc.info().title()).contains("清河区清源街道办事处2025年法治政府建设年度报告");
        assertThat(doc.info().author()).contains("清河市清河区清源街道办事处");
    }
}
