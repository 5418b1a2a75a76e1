package io.github.fazhi.docx;

import static io.github.fazhi.docx.DocxFixture.p;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocxTextExtractionTest {

    private static List<String> lines(DocxFixture f) {
        return DocxReportReader.standard().readLines(f.bytes(), "t.docx");
    }

    @Test
    void oneLinePerParagraphWithLiteralNumbersAsTyped() {
        assertThat(lines(DocxFixture.body(p("一、总体情况") + p("") + p("（一）坚持思想引领。局党组带头学法。"))))
                .containsExactly("一、总体情况", "", "（一）坚持思想引领。局党组带头学法。");
    }

    @Test
    void runsHyperlinksInsertionsAndFieldResultsJoinWhileDeletionsAndFieldCodesGo() {
        String body = "<w:p><w:r><w:t>全年</w:t></w:r><w:hyperlink r:id=\"x\"><w:r><w:t>办案</w:t></w:r></w:hyperlink>"
                + "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>120</w:t></w:r></w:ins>"
                + "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>99</w:delText></w:r></w:del>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>件</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>。</w:t></w:r></w:sdtContent></w:sdt></w:p>";
        assertThat(lines(DocxFixture.body(body))).containsExactly("全年办案120件。");
    }

    @Test
    void tabsStaySoftBreaksJoinChineseWithoutAndLatinWithASpace() {
        String body = "<w:p><w:r><w:t>清河区</w:t><w:br/><w:t>司法局</w:t><w:tab/><w:t>Rule</w:t><w:br/>"
                + "<w:t>of law</w:t><w:br w:type=\"page\"/></w:r></w:p>";
        assertThat(lines(DocxFixture.body(body))).containsExactly("清河区司法局\tRule of law");
    }

    @Test
    void automaticNumberingIsComputedIntoTheLabelAReaderSees() {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
                + "<w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
                + "<w:lvlText w:val=\"（%2）\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"（%4）\"/></w:lvl>"
                + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimalEnclosedCircleChinese\"/><w:lvlText w:val=\"%1\"/><w:suff w:val=\"nothing\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>";
        String num = "<w:numPr><w:ilvl w:val=\"%d\"/><w:numId w:val=\"1\"/></w:numPr>";
        String body = p("<w:pStyle w:val=\"1\"/>", "主要举措和成效")
                + p(num.formatted(1), "坚持思想引领")
                + p(num.formatted(2), "健全制度")
                + p(num.formatted(3), "落实审查")
                + p(num.formatted(3), "开展评查")
                + p(num.formatted(1), "严格执法")
                + p(num.formatted(2), "推行三项制度")
                + p("<w:pStyle w:val=\"1\"/>", "存在的不足和原因")
                + p("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>", "执法队伍专业化不足")
                + p("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>", "不编号");
        assertThat(lines(DocxFixture.body(body).numbering(numbering).styles(styles)))
                .containsExactly(
                        "一、主要举措和成效",
                        "（一）坚持思想引领",
                        "1. 健全制度",
                        "（1）落实审查",
                        "（2）开展评查",
                        "（二）严格执法",
                        "1. 推行三项制度",
                        "二、存在的不足和原因",
                        "①执法队伍专业化不足",
                        "不编号");
    }

    @Test
    void startOverridesRestartAListThatSharesItsDefinition() {
        String numbering = "<w:abstractNum w:abstractNumId=\"5\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"5\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"5\"/><w:lvlOverride w:ilvl=\"0\">"
                + "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"5\"/></w:num>";
        String n = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"%d\"/></w:numPr>";
        String body = p(n.formatted(1), "甲")
                + p(n.formatted(1), "乙")
                + p(n.formatted(3), "丙")
                + p(n.formatted(2), "丁")
                + p(n.formatted(2), "戊");
        assertThat(lines(DocxFixture.body(body).numbering(numbering)))
                .containsExactly("1. 甲", "2. 乙", "3. 丙", "1. 丁", "2. 戊");
    }

    @Test
    void tablesAreKeptOneRowPerLineWithCellsSeparatedByATab() {
        String cell = "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
        String body = p("表1 行政执法情况")
                + "<w:tbl><w:tr>" + cell.formatted("项目") + cell.formatted("数量") + "</w:tr>"
                + "<w:tr>" + cell.formatted("行政处罚") + "<w:tc><w:p><w:r><w:t>120</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>件</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                + p("表后正文");
        assertThat(lines(DocxFixture.body(body))).containsExactly("表1 行政执法情况", "项目\t数量", "行政处罚\t120 件", "表后正文");
    }

    @Test
    void textBoxesAreKeptOnceAfterTheirParagraph() {
        String box = "<w:txbxContent><w:p><w:r><w:t>文本框里的说明</w:t></w:r></w:p></w:txbxContent>";
        String body = "<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
                + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>"
                + "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>旧式文本框</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
                + p("后文");
        assertThat(lines(DocxFixture.body(body))).containsExactly("正文", "文本框里的说明", "", "旧式文本框", "后文");
    }

    @Test
    void footnotesAndEndnotesAreKeptAfterTheBody() {
        String fn = "<w:footnote w:id=\"-1\" w:type=\"separator\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> 数据来源：区统计局。</w:t></w:r></w:p></w:footnote>";
        String en =
                "<w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>附注说明。</w:t></w:r></w:p></w:endnote>";
        String body = "<w:p><w:r><w:t>全年办案120件</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>"
                + "<w:r><w:t>，结案率98%</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r><w:r><w:t>。</w:t></w:r></w:p>";
        assertThat(lines(DocxFixture.body(body).footnotes(fn).endnotes(en)))
                .containsExactly("全年办案120件[注1]，结案率98%[尾注1]。", "[注1] 数据来源：区统计局。", "[尾注1] 附注说明。");
    }

    @Test
    void readsWhatTheRendererWritesOneParagraphPerModelParagraph() {
        byte[] docx = DocxRenderer.standard().renderToBytes(SampleReports.qingheJustice());
        List<String> lines = DocxReportReader.standard().readLines(docx, "sample.docx");
        assertThat(lines.subList(0, 6))
                .containsExactly(
                        "清河市清河区司法局",
                        "2024年法治政府建设年度报告",
                        "",
                        "区委、区政府：",
                        SampleReports.qingheJustice().preamble().get(0).text(),
                        "一、2024年推进法治政府建设的主要举措和成效");
        assertThat(lines).endsWith("", "清河市清河区司法局", "2025年1月20日");
        assertThat(lines)
                .contains("（一）坚持思想引领，压实法治建设责任。局党组把学习贯彻习近平法治思想列为首要政治任务，"
                        + "全年召开党组会专题研究法治政府建设工作6次，制定年度工作要点，明确23项重点任务和责任科室。");
    }

    @Test
    void headingsMarkedOnlyByStyleAndAutomaticNumbersReadAsSections() {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
                + "<w:lvlText w:val=\"（%2）\"/><w:suff w:val=\"nothing\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"1\"/>"
                + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>";
        String body = p("清河区司法局2024年法治政府建设年度报告")
                + p("2024年，区司法局扎实推进法治政府建设。现将有关情况报告如下：")
                + p("<w:pStyle w:val=\"1\"/>", "2024年推进法治政府建设的主要举措和成效")
                + p("<w:pStyle w:val=\"2\"/>", "坚持思想引领")
                + p("局党组带头学法。")
                + p("<w:pStyle w:val=\"1\"/>", "2024年推进法治政府建设存在的不足和原因")
                + p("执法队伍专业化水平仍需提高。");
        io.github.fazhi.core.AnnualReport r = DocxReportReader.standard()
                .read(DocxFixture.body(body).numbering(numbering).styles(styles).bytes(), "s.docx");
        assertThat(r.sections())
                .extracting(io.github.fazhi.core.Section::kind)
                .containsExactly(
                        io.github.fazhi.core.SectionKind.MEASURES_AND_RESULTS,
                        io.github.fazhi.core.SectionKind.SHORTCOMINGS_AND_CAUSES);
        assertThat(r.sections().get(0).printedNumber()).contains("一、");
        assertThat(r.sections().get(0).subsections().get(0).printedNumber()).contains("（一）");
        assertThat(r.sections().get(0).subsections().get(0).heading()).isEqualTo("坚持思想引领");
        assertThat(r.sections().get(1).span().orElseThrow().line()).isEqualTo(6);
    }

    @Test
    void unnumberedHeadingsReadAsSectionsWithAnEmptyPrintedLabel() {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>";
        String body = p("清河区司法局2024年法治政府建设年度报告")
                + p("2024年，区司法局扎实推进法治政府建设。现将有关情况报告如下：")
                + p("<w:pStyle w:val=\"1\"/>", "主要举措和成效")
                + p("局党组带头学法，全年办案120件，办结率98%。")
                + p("<w:pStyle w:val=\"1\"/>", "存在的不足和原因")
                + p("执法队伍专业化水平仍需提高。");
        io.github.fazhi.core.AnnualReport r = DocxReportReader.standard()
                .read(DocxFixture.body(body).styles(styles).bytes(), "s.docx");
        assertThat(r.sections())
                .extracting(io.github.fazhi.core.Section::heading)
                .containsExactly("主要举措和成效", "存在的不足和原因");
        assertThat(r.sections())
                .allSatisfy(sec -> assertThat(sec.printedNumber()).contains(""));
        assertThat(r.sections().get(1).blocks()).hasSize(1);
    }
}
