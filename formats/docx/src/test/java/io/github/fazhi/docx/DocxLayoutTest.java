package io.github.fazhi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.render.layout.LayoutProfile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Opens the written document's XML parts and checks the GB/T 9704-2012 layout in them. */
class DocxLayoutTest {

    private static final String DOC = "word/document.xml";
    private static final AnnualReport SAMPLE = SampleReports.qingheJustice();
    private static final DocxXml XML = new DocxXml(DocxRenderer.standard().renderToBytes(SAMPLE));

    private static String sect(String attr) {
        return XML.xpath(DOC, "string(/w:document/w:body/w:sectPr/" + attr + ")");
    }

    @Test
    void pageIsA4WithTheGbt9704MarginsInTwips() {
        assertThat(sect("w:pgSz/@w:w")).isEqualTo("11906");
        assertThat(sect("w:pgSz/@w:h")).isEqualTo("16838");
        assertThat(sect("w:pgMar/@w:top")).isEqualTo("2098");
        assertThat(sect("w:pgMar/@w:bottom")).isEqualTo("1984");
        assertThat(sect("w:pgMar/@w:left")).isEqualTo("1588");
        assertThat(sect("w:pgMar/@w:right")).isEqualTo("1474");
    }

    @Test
    void gridHas22LinesAnd28CharactersByCondensedSpacing() {
        assertThat(sect("w:docGrid/@w:type")).isEqualTo("lines");
        assertThat(sect("w:docGrid/@w:charSpace")).isEmpty();
        int pitch = Integer.parseInt(sect("w:docGrid/@w:linePitch"));
        assertThat(pitch).isEqualTo(579);
        int typeHeight = 16838 - 2098 - 1984;
        assertThat(22 * pitch).isLessThanOrEqualTo(typeHeight);
        assertThat(23 * pitch).isGreaterThan(typeHeight);
        // every body character is 16 pt plus the condensed spacing; 28 of them fit the 8844-twip width, 29 do not
        int spacing = Integer.parseInt(XML.xpath("word/styles.xml", "string(//w:docDefaults//w:spacing/@w:val)"));
        assertThat(spacing).isEqualTo(-5);
        double charPt = 16 + spacing / 20.0;
        double widthPt = (11906 - 1588 - 1474) / 20.0;
        assertThat(28 * charPt).isLessThanOrEqualTo(widthPt);
        assertThat(29 * charPt).isGreaterThan(widthPt);
        assertThat(XML.xpath("word/styles.xml", "string(//w:docDefaults//w:sz/@w:val)"))
                .isEqualTo("32");
        // the title and the page numbers are not condensed
        assertThat(XML.xpath("word/styles.xml", "string(//w:style[@w:styleId='Title']//w:rPr/w:spacing/@w:val)"))
                .isEqualTo("0");
        assertThat(XML.xpath("word/styles.xml", "string(//w:style[@w:styleId='Footer']//w:rPr/w:spacing/@w:val)"))
                .isEqualTo("0");
        // no run overrides the spacing, so every body run inherits it
        assertThat(XML.nodes(DOC, "//w:r/w:rPr/w:spacing")).isEmpty();
    }

    @Test
    void wordsCharacterGridOnRequest() {
        LayoutProfile grid = LayoutProfile.gbt9704().toBuilder()
                .gridMode(LayoutProfile.GridMode.CHARACTER_GRID)
                .build();
        DocxXml xml = new DocxXml(DocxRenderer.builder().layout(grid).build().renderToBytes(SAMPLE));
        assertThat(xml.xpath(DOC, "string(//w:sectPr/w:docGrid/@w:type)")).isEqualTo("linesAndChars");
        int charSpace = Integer.parseInt(xml.xpath(DOC, "string(//w:sectPr/w:docGrid/@w:charSpace)"));
        assertThat(charSpace).isEqualTo(-849);
        // a character is the 16 pt body font plus charSpace/4096 pt; 28 of them fill the 8844-twip width
        double charPt = 16 + charSpace / 4096.0;
        double widthPt = (11906 - 1588 - 1474) / 20.0;
        assertThat(28 * charPt).isLessThanOrEqualTo(widthPt);
        assertThat(29 * charPt).isGreaterThan(widthPt);
        assertThat(xml.xpath("word/styles.xml", "string(//w:docDefaults//w:spacing/@w:val)"))
                .isEmpty();
    }

    @Test
    void everyRunNamesItsEastAsianAndItsLatinFont() {
        for (String part : List.of(DOC, footer(true), footer(false))) {
            List<Element> runs = XML.nodes(part, "//w:r");
            assertThat(runs).isNotEmpty();
            for (Element r : runs) {
                assertThat(DocxXml.evaluate(r, "string(w:rPr/w:rFonts/@w:eastAsia)"))
                        .isNotEmpty();
                assertThat(DocxXml.evaluate(r, "string(w:rPr/w:rFonts/@w:ascii)"))
                        .isNotEmpty();
                assertThat(DocxXml.evaluate(r, "string(w:rPr/w:rFonts/@w:hAnsi)"))
                        .isNotEmpty();
                assertThat(DocxXml.evaluate(r, "string(w:rPr/w:sz/@w:val)")).isNotEmpty();
            }
        }
        assertThat(XML.text(DOC)).doesNotContain("embedTrueType").doesNotContain("w:embedRegular");
        assertThat(XML.parts().keySet()).noneMatch(n -> n.startsWith("word/fonts/"));
        // the font table names every font, with the fallback Word and WPS use when a machine lacks it
        assertThat(XML.text("word/settings.xml")).doesNotContain("embedTrueTypeFonts");
        assertThat(XML.text("word/fontTable.xml")).doesNotContain("w:embed");
        assertThat(XML.xpath("word/fontTable.xml", "string(//w:font[@w:name='仿宋_GB2312']/w:altName/@w:val)"))
                .isEqualTo("仿宋");
        assertThat(XML.xpath("word/fontTable.xml", "string(//w:font[@w:name='仿宋_GB2312']/w:charset/@w:val)"))
                .isEqualTo("86");
        for (String font : List.of("方正小标宋简体", "黑体", "楷体_GB2312", "宋体", "Times New Roman")) {
            assertThat(XML.nodes("word/fontTable.xml", "//w:font[@w:name='" + font + "']"))
                    .as(font)
                    .hasSize(1);
        }
        assertThat(XML.text("word/_rels/document.xml.rels")).contains("relationships/fontTable");
    }

    /** East Asian font, Latin font and size of the runs of paragraphs with {@code pStyle}, as "ea|latin|sz". */
    private static List<String> runFonts(String paragraphs) {
        return runFontsOf(paragraphs + "/w:r[w:t]");
    }

    private static List<String> runFontsOf(String runs) {
        return XML.nodes(DOC, runs).stream()
                .map(r -> DocxXml.evaluate(r, "string(w:rPr/w:rFonts/@w:eastAsia)") + "|"
                        + DocxXml.evaluate(r, "string(w:rPr/w:rFonts/@w:ascii)") + "|"
                        + DocxXml.evaluate(r, "string(w:rPr/w:rFonts/@w:hAnsi)") + "|"
                        + DocxXml.evaluate(r, "string(w:rPr/w:sz/@w:val)"))
                .distinct()
                .toList();
    }

    @Test
    void fontsAndSizesPerElement() {
        String tnr = "Times New Roman";
        assertThat(runFonts("//w:p[w:pPr/w:pStyle/@w:val='Title']"))
                .containsExactly("方正小标宋简体|" + tnr + "|" + tnr + "|44");
        assertThat(runFonts("//w:p[w:pPr/w:pStyle/@w:val='Heading1']"))
                .containsExactly("黑体|" + tnr + "|" + tnr + "|32");
        // level 2 here are run-in headings: the heading run in 楷体, the text after it in 仿宋
        assertThat(runFontsOf("//w:r[w:t][w:rPr/w:rStyle/@w:val='FazhiRunInHeading2']"))
                .containsExactly("楷体_GB2312|" + tnr + "|" + tnr + "|32");
        assertThat(runFonts("//w:p[w:pPr/w:pStyle/@w:val='Heading3']"))
                .containsExactly("仿宋_GB2312|" + tnr + "|" + tnr + "|32");
        assertThat(runFonts("//w:p[w:pPr/w:pStyle/@w:val='Heading4']"))
                .containsExactly("仿宋_GB2312|" + tnr + "|" + tnr + "|32");
        assertThat(runFontsOf("//w:p[not(w:pPr/w:pStyle)]/w:r[w:t][not(w:rPr/w:rStyle)]"))
                .containsExactly("仿宋_GB2312|" + tnr + "|" + tnr + "|32");
        assertThat(runFonts("//w:p[w:pPr/w:pStyle/@w:val='FazhiSignOff']"))
                .containsExactly("仿宋_GB2312|" + tnr + "|" + tnr + "|32");
    }

    @Test
    void runInHeadingIsOneBodyParagraphWithTheHeadingRunThenTheBodyRun() {
        String paragraph = "(//w:p[w:r/w:rPr/w:rStyle/@w:val='FazhiRunInHeading2'])[1]";
        List<Element> runs = XML.nodes(DOC, paragraph + "/w:r");
        assertThat(runs).hasSize(2);
        // a body paragraph: no heading style and no outline level, so navigation panes do not list it whole
        assertThat(XML.xpath(DOC, "count(" + paragraph + "/w:pPr/w:pStyle)")).isEqualTo("0");
        assertThat(XML.xpath(DOC, "count(" + paragraph + "/w:pPr/w:outlineLvl)"))
                .isEqualTo("0");
        assertThat(XML.xpath("word/styles.xml", "string(//w:style[@w:styleId='FazhiRunInHeading2']/@w:type)"))
                .isEqualTo("character");
        assertThat(XML.xpath(
                        "word/styles.xml",
                        "string(//w:style[@w:styleId='FazhiRunInHeading2']/w:rPr/w:rFonts/@w:eastAsia)"))
                .isEqualTo("楷体_GB2312");
        assertThat(DocxXml.evaluate(runs.get(0), "string(w:t)")).isEqualTo("（一）坚持思想引领，压实法治建设责任。");
        assertThat(DocxXml.evaluate(runs.get(0), "string(w:rPr/w:rFonts/@w:eastAsia)"))
                .isEqualTo("楷体_GB2312");
        assertThat(DocxXml.evaluate(runs.get(1), "string(w:t)")).startsWith("局党组把学习贯彻");
        assertThat(DocxXml.evaluate(runs.get(1), "string(w:rPr/w:rFonts/@w:eastAsia)"))
                .isEqualTo("仿宋_GB2312");
    }

    @Test
    void headingStylesHaveOutlineLevelsForTheNavigationPane() {
        for (int level = 1; level <= 4; level++) {
            String style = "//w:style[@w:styleId='Heading" + level + "']";
            assertThat(XML.xpath("word/styles.xml", "string(" + style + "/w:name/@w:val)"))
                    .isEqualTo("heading " + level);
            assertThat(XML.xpath("word/styles.xml", "string(" + style + "/w:pPr/w:outlineLvl/@w:val)"))
                    .isEqualTo(String.valueOf(level - 1));
            assertThat(XML.xpath("word/styles.xml", "string(" + style + "/w:basedOn/@w:val)"))
                    .isEqualTo("Normal");
        }
        assertThat(XML.nodes(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Heading1']")).hasSize(4);
    }

    @Test
    void onlyStandAloneHeadingsHaveAnOutlineLevel() {
        // every paragraph in a heading style (which carries the outline level) is a heading line, not a
        // paragraph of body text that starts with a heading
        for (Element p : XML.nodes(DOC, "//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'Heading')]")) {
            assertThat(DocxXml.evaluate(p, "string-length(string(.))"))
                    .satisfies(n -> assertThat(Integer.parseInt(n)).isLessThan(40));
        }
        assertThat(XML.nodes(DOC, "//w:outlineLvl")).isEmpty();
    }

    @Test
    void lineEndPunctuationDoesNotHangIntoTheMargin() {
        for (String where : List.of("//w:docDefaults/w:pPrDefault/w:pPr", "//w:style[@w:styleId='Normal']/w:pPr")) {
            assertThat(XML.xpath("word/styles.xml", "string(" + where + "/w:overflowPunct/@w:val)"))
                    .isEqualTo("0");
            assertThat(XML.xpath("word/styles.xml", "count(" + where + "/w:kinsoku)"))
                    .isEqualTo("1");
        }
    }

    @Test
    void sealedSignOffPutsTheDateFourCharactersInAndTheNameCentredOverIt() {
        DocxXml sealed = new DocxXml(DocxRenderer.builder()
                .layout(LayoutProfile.gbt9704().toBuilder()
                        .signOffLayout(LayoutProfile.SignOffLayout.SEALED)
                        .build())
                .build()
                .renderToBytes(SAMPLE));
        List<Element> paras = sealed.nodes(DOC, "/w:document/w:body/w:p");
        Element name = paras.get(paras.size() - 2);
        Element date = paras.get(paras.size() - 1);
        // two blank lines for the seal, whose top stands within one line of the body
        assertThat(DocxXml.evaluate(paras.get(paras.size() - 3), "string(.)")).isEmpty();
        assertThat(DocxXml.evaluate(paras.get(paras.size() - 4), "string(.)")).isEmpty();
        assertThat(DocxXml.evaluate(date, "string(w:pPr/w:jc/@w:val)")).isEqualTo("right");
        assertThat(DocxXml.evaluate(date, "string(w:pPr/w:ind/@w:rightChars)")).isEqualTo("400");
        // 清河市清河区司法局 (9 characters) over 2025年1月20日 (6.5): right indent 4 + (6.5 − 9) / 2 = 2.75 → 2.5
        assertThat(DocxXml.evaluate(name, "string(w:pPr/w:jc/@w:val)")).isEqualTo("right");
        assertThat(DocxXml.evaluate(name, "string(w:pPr/w:ind/@w:rightChars)")).isEqualTo("250");
    }

    @Test
    void bodyParagraphsHaveTheTwoCharacterFirstLineIndent() {
        String normal = "//w:style[@w:styleId='Normal']/w:pPr/w:ind";
        assertThat(XML.xpath("word/styles.xml", "string(" + normal + "/@w:firstLineChars)"))
                .isEqualTo("200");
        assertThat(XML.xpath("word/styles.xml", "string(" + normal + "/@w:firstLine)"))
                .isEqualTo("640");
        assertThat(XML.xpath("word/styles.xml", "string(//w:style[@w:styleId='Normal']/w:pPr/w:jc/@w:val)"))
                .isEqualTo("both");
        // body paragraphs use Normal and do not override the indent; the title and the addressee take it away
        assertThat(XML.nodes(DOC, "//w:p[not(w:pPr/w:pStyle)][w:r]")).hasSizeGreaterThan(5);
        assertThat(XML.nodes(DOC, "//w:p[not(w:pPr/w:pStyle)]/w:pPr/w:ind")).isEmpty();
        assertThat(XML.xpath("word/styles.xml", "string(//w:style[@w:styleId='Title']/w:pPr/w:ind/@w:firstLineChars)"))
                .isEqualTo("0");
        assertThat(XML.xpath("word/styles.xml", "string(//w:style[@w:styleId='Title']/w:pPr/w:jc/@w:val)"))
                .isEqualTo("center");
        assertThat(XML.xpath(
                        "word/styles.xml",
                        "string(//w:style[@w:styleId='FazhiAddressee']/w:pPr/w:ind/@w:firstLineChars)"))
                .isEqualTo("0");
    }

    @Test
    void longTitleIsSplitAtPhraseBoundariesShortLineOverLongLine() {
        List<Element> title = XML.nodes(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Title']");
        assertThat(title)
                .extracting(p -> DocxXml.evaluate(p, "string(.)"))
                .containsExactly("清河市清河区司法局", "2024年法治政府建设年度报告");
    }

    /** The footer part referenced for odd (default) or even pages. */
    private static String footer(boolean odd) {
        String id = XML.xpath(
                DOC, "string(//w:sectPr/w:footerReference[@w:type='" + (odd ? "default" : "even") + "']/@r:id)");
        String rels = XML.text("word/_rels/document.xml.rels");
        int at = rels.indexOf("Id=\"" + id + "\"");
        assertThat(at).as("relationship " + id).isNotNegative();
        int end = rels.indexOf("/>", at);
        int start = rels.lastIndexOf("<Relationship ", at);
        String rel = rels.substring(start, end);
        String target = rel.replaceAll(".*Target=\"([^\"]+)\".*", "$1");
        return "word/" + target;
    }

    @Test
    void pageNumbersStandInSeparateOddAndEvenFooters() {
        assertThat(XML.text("word/settings.xml")).contains("evenAndOddHeaders");
        assertThat(XML.xpath("word/settings.xml", "string(//w:evenAndOddHeaders/@w:val)"))
                .isIn("", "on", "true", "1");
        Map<String, String> odd = footerFacts(footer(true));
        Map<String, String> even = footerFacts(footer(false));
        assertThat(odd)
                .containsEntry("jc", "right")
                .containsEntry("rightChars", "100")
                .containsEntry("right", "280");
        assertThat(even)
                .containsEntry("jc", "left")
                .containsEntry("leftChars", "100")
                .containsEntry("left", "280");
        for (Map<String, String> f : List.of(odd, even)) {
            assertThat(f).containsEntry("text", "— 1 —").containsEntry("instr", "PAGE");
            assertThat(f).containsEntry("fonts", "宋体|宋体|宋体|28");
        }
        assertThat(footer(true)).isNotEqualTo(footer(false));
    }

    private static Map<String, String> footerFacts(String part) {
        Map<String, String> m = new TreeMap<>();
        String p = "/w:ftr/w:p[1]";
        m.put("jc", XML.xpath(part, "string(" + p + "/w:pPr/w:jc/@w:val)"));
        for (String a : List.of("left", "leftChars", "right", "rightChars")) {
            String v = XML.xpath(part, "string(" + p + "/w:pPr/w:ind/@w:" + a + ")");
            if (!v.isEmpty()) {
                m.put(a, v);
            }
        }
        m.put(
                "text",
                XML.nodes(part, p + "//w:t").stream()
                        .map(Element::getTextContent)
                        .reduce("", String::concat));
        m.put("instr", XML.xpath(part, "normalize-space(" + p + "//w:instrText)"));
        m.put(
                "fonts",
                XML.nodes(part, p + "/w:r").stream()
                        .map(r -> DocxXml.evaluate(r, "string(w:rPr/w:rFonts/@w:eastAsia)") + "|"
                                + DocxXml.evaluate(r, "string(w:rPr/w:rFonts/@w:ascii)") + "|"
                                + DocxXml.evaluate(r, "string(w:rPr/w:rFonts/@w:hAnsi)") + "|"
                                + DocxXml.evaluate(r, "string(w:rPr/w:sz/@w:val)"))
                        .distinct()
                        .reduce((a, b) -> a + "," + b)
                        .orElse(""));
        return m;
    }

    @Test
    void signOffStandsAfterABlankLineNameTwoCharactersInDateStartingTwoRightOfTheName() {
        List<Element> paras = XML.nodes(DOC, "/w:document/w:body/w:p");
        Element blank = paras.get(paras.size() - 3);
        Element name = paras.get(paras.size() - 2);
        Element date = paras.get(paras.size() - 1);
        assertThat(DocxXml.evaluate(blank, "string(.)")).isEmpty();
        assertThat(DocxXml.evaluate(name, "string(.)")).isEqualTo("清河市清河区司法局");
        assertThat(DocxXml.evaluate(date, "string(.)")).isEqualTo("2025年1月20日");
        assertThat(DocxXml.evaluate(name, "string(w:pPr/w:jc/@w:val)")).isEqualTo("right");
        // the name ends 2 characters from the right edge: right-aligned, right indent 2 characters
        assertThat(DocxXml.evaluate(name, "string(w:pPr/w:ind/@w:rightChars)")).isEqualTo("200");
        // it is 9 characters wide, so it starts at 28-2-9 = 17; the date's first character stands 2 to the
        // right, at 19: left-aligned with a left indent of 19 characters
        assertThat(DocxXml.evaluate(date, "string(w:pPr/w:jc/@w:val)")).isEqualTo("left");
        assertThat(DocxXml.evaluate(date, "string(w:pPr/w:ind/@w:leftChars)")).isEqualTo("1900");
        assertThat(DocxXml.evaluate(date, "string(w:pPr/w:ind/@w:firstLineChars)"))
                .isEqualTo("0");
        assertThat(DocxXml.evaluate(date, "string(w:pPr/w:autoSpaceDN/@w:val)")).isIn("0", "off", "false");
        // the sign-off keeps with the last body paragraph, so it never stands alone on a page
        assertThat(DocxXml.evaluate(paras.get(paras.size() - 4), "count(w:pPr/w:keepNext)"))
                .isEqualTo("1");
        assertThat(DocxXml.evaluate(blank, "count(w:pPr/w:keepNext)")).isEqualTo("1");
        assertThat(DocxXml.evaluate(name, "count(w:pPr/w:keepNext)")).isEqualTo("1");
        assertThat(DocxXml.evaluate(name, "string(w:pPr/w:pStyle/@w:val)")).isEqualTo("FazhiSignOff");
        assertThat(XML.xpath(
                        "word/styles.xml", "string(//w:style[@w:styleId='FazhiSignOff']/w:pPr/w:autoSpaceDE/@w:val)"))
                .isEqualTo("0");
    }

    @Test
    void submissionVersionPrintsTheAddresseeLineAndTheWebVersionDoesNot() {
        String addressee = "//w:p[w:pPr/w:pStyle/@w:val='FazhiAddressee']";
        assertThat(XML.nodes(DOC, addressee))
                .extracting(p -> DocxXml.evaluate(p, "string(.)"))
                .containsExactly("区委、区政府：");
        DocxXml web = new DocxXml(DocxRenderer.builder().webVersion().build().renderToBytes(SAMPLE));
        assertThat(web.nodes(DOC, addressee)).isEmpty();
        // from metadata alone, when the report has no addressee line
        AnnualReport noLine = new AnnualReport(
                SAMPLE.metadata(),
                List.of(),
                SAMPLE.title(),
                SAMPLE.preamble(),
                SAMPLE.sections(),
                SAMPLE.signOff(),
                SAMPLE.trailing());
        DocxXml fromMetadata = new DocxXml(DocxRenderer.standard().renderToBytes(noLine));
        assertThat(fromMetadata.nodes(DOC, addressee))
                .extracting(p -> DocxXml.evaluate(p, "string(.)"))
                .containsExactly("区委、区政府：");
    }

    @Test
    void localPlainFontsPresetNamesThePlainFonts() {
        DocxXml local = new DocxXml(DocxRenderer.builder()
                .layout(LayoutProfile.localPlainFonts())
                .build()
                .renderToBytes(SAMPLE));
        assertThat(local.xpath("word/styles.xml", "string(//w:style[@w:styleId='Normal']//w:rFonts/@w:eastAsia)"))
                .isEqualTo("仿宋");
        assertThat(local.xpath("word/styles.xml", "string(//w:style[@w:styleId='Heading2']//w:rFonts/@w:eastAsia)"))
                .isEqualTo("楷体");
        assertThat(local.text(DOC)).doesNotContain("_GB2312");
    }
}
