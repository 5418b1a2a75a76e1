package io.github.fazhi.docx;

import static io.github.fazhi.docx.DocxFixture.p;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.Title;
import io.github.fazhi.core.read.LayoutHints;
import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The DOCX reader passes each paragraph's formatting to the structure reader as hints: heading styles as
 * Word, WPS and LibreOffice name them, outline levels, centring, bold, font size, table rows, page headers and
 * footers; headings marked only by their style and a title set only by its face read as such.
 */
class DocxHintsTest {

    /** Word's built-in heading style (id Heading1, name "heading 1", no outline level of its own), WPS's (id 2). */
    static final String STYLES =
            "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"32\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                    + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
                    + "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"44\"/></w:rPr></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:rPr><w:b/></w:rPr></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"标题 2\"/></w:style>";

    static byte[] docx() {
        String body = p("<w:pStyle w:val=\"Title\"/>", "清源街道2025年度依法治街工作情况")
                + p("2025年，街道办事处坚持依法履职，扎实推进法治建设。现将有关情况报告如下：")
                + p("<w:pStyle w:val=\"Heading1\"/>", "强化组织领导，压实法治建设责任")
                + p("<w:pStyle w:val=\"2\"/>", "完善工作机制，健全议事规则")
                + p("街道党工委全年专题研究法治建设4次。")
                + p("<w:pStyle w:val=\"a3\"/>", "规范执法行为，提升监管效能")
                + p("全年开展联合执法检查36次。")
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>完成情况</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                + p("<w:pStyle w:val=\"Heading1\"/>", "存在的不足和原因")
                + p("基层执法力量不足，原因在于人员编制有限。")
                + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>下一步工作打算</w:t></w:r></w:p>"
                + p("2026年，街道将持续推进基层依法治理。");
        return DocxFixture.body(body)
                .styles(STYLES)
                .header(p("清源街道办事处"))
                .footer(p("<w:jc w:val=\"right\"/>", "— 1 —"))
                .footer(p("— 1 —"))
                .bytes();
    }

    @Test
    void eachParagraphCarriesItsFormattingAsHints() {
        SourceDocument doc = DocxReportReader.standard().document(docx(), "hints.docx");
        List<SourceLine> lines = doc.lines();
        assertThat(lines)
                .extracting(SourceLine::text)
                .startsWith("清源街道办事处", "清源街道2025年度依法治街工作情况")
                .endsWith("— 1 —");
        assertThat(lines.get(0).hints().region()).isEqualTo(LineRegion.PAGE_HEADER);
        assertThat(lines.get(lines.size() - 1).hints().region()).isEqualTo(LineRegion.PAGE_FOOTER);
        // the page number on odd and even pages is one line
        assertThat(lines).filteredOn(l -> l.text().equals("— 1 —")).hasSize(1);
        LayoutHints title = lines.get(1).hints();
        assertThat(title.styleName()).contains("Title");
        assertThat(title.centred()).isTrue();
        assertThat(title.bold()).isTrue();
        assertThat(title.fontSize()).hasValue(22.0);
        LayoutHints body = lines.get(2).hints();
        assertThat(body.fontSize()).hasValue(16.0);
        assertThat(body.bold()).isFalse();
        assertThat(body.outlineLevel()).isEmpty();
        assertThat(lines.get(3).hints().outlineLevel()).isEqualTo(OptionalInt.of(1));
        assertThat(lines.get(3).hints().bold()).isTrue();
        assertThat(lines.get(4).hints().outlineLevel()).isEqualTo(OptionalInt.of(2));
        assertThat(lines.get(6).hints().outlineLevel()).isEqualTo(OptionalInt.of(2));
        assertThat(lines.get(8).hints().region()).isEqualTo(LineRegion.TABLE);
        LayoutHints boldCentred = lines.get(11).hints();
        assertThat(boldCentred.bold()).isTrue();
        assertThat(boldCentred.centred()).isTrue();
        // body paragraph i is line i; the header's and footer's paragraphs are numbered after the body
        assertThat(lines.get(1).span().line()).isEqualTo(1);
        assertThat(lines.get(0).span().line()).isGreaterThan(12);
    }

    @Test
    void headingsByStyleAndATitleByItsFaceReadAsSuch() {
        AnnualReport r = DocxReportReader.standard().read(docx(), "hints.docx");
        assertThat(r.title()).map(Title::text).contains("清源街道2025年度依法治街工作情况");
        assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2025));
        assertThat(r.header())
                .extracting(HeaderLine::kind, HeaderLine::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HeaderLineKind.FURNITURE, "清源街道办事处"));
        assertThat(r.sections()).extracting(Section::heading).containsExactly("强化组织领导，压实法治建设责任", "存在的不足和原因", "下一步工作打算");
        assertThat(r.sections())
                .extracting(Section::kind)
                .containsExactly(SectionKind.THEMATIC, SectionKind.SHORTCOMINGS_AND_CAUSES, SectionKind.NEXT_YEAR_PLAN);
        Section first = r.sections().get(0);
        assertThat(first.subsections()).extracting(Section::heading).containsExactly("完善工作机制，健全议事规则", "规范执法行为，提升监管效能");
        assertThat(first.subsections()).allSatisfy(s -> assertThat(s.level()).isEqualTo(2));
        // the table row is a paragraph, never a heading
        assertThat(first.subsections().get(1).blocks())
                .extracting(Block::text)
                .containsExactly("全年开展联合执法检查36次。", "指标\t完成情况");
        assertThat(r.trailing()).isEmpty();
        assertThat(r.sections().get(2).blocks()).last().isInstanceOf(PageFurniture.class);
    }
}
