package io.github.fazhi.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.Disclosure;
import io.github.fazhi.core.DisclosureChannel;
import io.github.fazhi.core.read.LayoutHints;
import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import io.github.fazhi.core.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the extractor hands the structure reader from saved portal pages. */
class HtmlExtractionTest {

    private static final HtmlReportReader READER = HtmlReportReader.standard();

    private static SourceDocument extract(String fixture) {
        return READER.extract(HtmlFixtures.bytes(fixture), fixture);
    }

    private static SourceDocument page(String html) {
        return READER.extract(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    private static List<String> region(SourceDocument doc, LineRegion... regions) {
        List<LineRegion> wanted = List.of(regions);
        return doc.lines().stream()
                .filter(l -> wanted.contains(l.hints().region()))
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
    void theArticleOfATrsAndAJcmsPageIsTheReportsTextAndNothingElse() {
        List<String> text = Fixtures.text("qingyuan-2025.txt")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        for (String page : List.of("trs-qingyuan-2025.html", "jcms-qingyuan-2025.html")) {
            SourceDocument doc = extract(page);
            assertThat(region(doc, LineRegion.BODY, LineRegion.TABLE)).as(page).containsExactlyElementsOf(text);
        }
    }

    @Test
    void pageChromeIsFurniture() {
        SourceDocument trs = extract("trs-qingyuan-2025.html");
        assertThat(region(trs, LineRegion.FURNITURE))
                .contains(
                        "当前位置：首页 > 政务公开 > 法治政府建设年度报告",
                        "发布时间：2026-03-20 09:30\u3000来源：清河区清源街道办事处\u3000字号：大 中 小\u3000打印本页",
                        "分享到：微信 微博\u3000扫一扫在手机打开当前页",
                        "【打印本页】【关闭窗口】")
                .anyMatch(l -> l.startsWith("上一篇："))
                .anyMatch(l -> l.startsWith("下一篇："))
                .anyMatch(l -> l.startsWith("网站标识码："))
                .anyMatch(l -> l.startsWith("索引号：\t"))
                .noneMatch(l -> l.contains("_trs_uv") || l.contains("document.write"));
        assertThat(trs.lines()).extracting(l -> l.span().line()).isSorted();
    }

    @Test
    void thePagesMetadataIsTheDisclosureRecord() {
        SourceDocument trs = extract("trs-qingyuan-2025.html");
        assertThat(trs.info().title()).contains("清河区清源街道办事处2025年法治政府建设年度报告");
        assertThat(trs.info().author()).contains("清河区清源街道办事处");
        assertThat(trs.info().created()).contains(LocalDate.of(2026, 2, 10));
        assertThat(trs.info().disclosure())
                .contains(new Disclosure(
                        Optional.of(LocalDate.of(2026, 3, 20)),
                        Optional.of(DisclosureChannel.PORTAL),
                        Optional.of("https://www.qinghe.example.gov.cn/zwgk/fzzfjsndbg/202603/t20260320_1001.html")));
        // a GBK page declared gb2312, the address from the browser's "saved from url" comment
        SourceDocument jcms = extract("jcms-qingyuan-2025.html");
        assertThat(jcms.info().disclosure())
                .contains(new Disclosure(
                        Optional.of(LocalDate.of(2026, 3, 21)),
                        Optional.of(DisclosureChannel.PORTAL),
                        Optional.of("http://www.qingyuan.example.gov.cn/art/2026/3/21/art_1229_4521.html")));
        assertThat(jcms.info().created()).contains(LocalDate.of(2026, 2, 10)); // 发文日期
        assertThat(jcms.info().author()).contains("清源街道党政办");
    }

    @Test
    void theTitleAboveTheArticleIsACentredBodyLine() {
        SourceDocument trs = extract("trs-qingyuan-2025.html");
        SourceLine title = region(trs, LineRegion.BODY).isEmpty()
                ? null
                : trs.lines().stream()
                        .filter(l -> l.hints().region() == LineRegion.BODY)
                        .findFirst()
                        .orElseThrow();
        assertThat(title.text()).isEqualTo("清河区清源街道办事处2025年法治政府建设年度报告");
        assertThat(title.hints().centred()).isTrue();
        assertThat(title.hints().bold()).isTrue();
        assertThat(line(trs, "（一）强化组织领导").hints().bold()).isTrue();
        assertThat(line(trs, "街道党工委").hints().bold()).isFalse();
        assertThat(line(trs, "指标").hints().region()).isEqualTo(LineRegion.TABLE);
    }

    @Test
    void headingsCentringBoldSizesAndBlankLinesGiveHints() {
        SourceDocument doc = page("<html><body><div class=\"nav\"><a href=\"/\">首页</a></div>"
                + "<article>"
                + "<h1>清河区市场监督管理局2025年法治政府建设年度报告</h1>"
                + "<p style=\"text-align:center;font-size:16pt\"><span style=\"font-weight:bold\">（代拟稿）</span></p>"
                + "<h2>一、主要举措和成效</h2>"
                + "<h3>（一）强化组织领导</h3>"
                + "<p>局党组专题研究法治建设4次，<b>部署</b>全年任务。</p>"
                + "<p>&nbsp;</p>"
                + "<center>附件目录</center>"
                + "<p style=\"font-size:21.33px\">字号按像素。</p>"
                + "<div>第一行<br>第二行</div>"
                + "<pre>预排\n两行</pre>"
                + "</article><div class=\"footer\">版权所有</div></body></html>");
        LayoutHints h1 = line(doc, "清河区市场监督管理局").hints();
        assertThat(h1.centred()).isTrue();
        assertThat(h1.bold()).isTrue();
        assertThat(h1.outlineLevel()).isEmpty();
        LayoutHints draft = line(doc, "（代拟稿）").hints();
        assertThat(draft.centred()).isTrue();
        assertThat(draft.bold()).isTrue();
        assertThat(draft.fontSize()).isEqualTo(OptionalDouble.of(16));
        assertThat(line(doc, "一、主要举措和成效").hints().outlineLevel()).isEqualTo(OptionalInt.of(1));
        assertThat(line(doc, "一、主要举措和成效").hints().styleName()).contains("h2");
        assertThat(line(doc, "（一）强化组织领导").hints().outlineLevel()).isEqualTo(OptionalInt.of(2));
        assertThat(line(doc, "局党组").hints().bold()).isFalse(); // only part of it is bold
        assertThat(line(doc, "附件目录").hints().centred()).isTrue();
        assertThat(line(doc, "附件目录").hints().blankBefore()).isTrue();
        assertThat(line(doc, "字号按像素").hints().fontSize().getAsDouble())
                .isCloseTo(16, org.assertj.core.data.Offset.offset(0.01));
        assertThat(region(doc, LineRegion.BODY)).containsSubsequence("第一行", "第二行", "预排", "两行");
        assertThat(region(doc, LineRegion.FURNITURE)).containsExactly("首页", "版权所有");
    }

    @Test
    void aPageWithoutAKnownEditorContainerIsReadFromItsDensestBlock() {
        StringBuilder html = new StringBuilder("<html><head><title>清源街道2025年法治政府建设年度报告</title></head><body>");
        html.append("<div id=\"menu\"><ul>");
        for (int i = 0; i < 30; i++) {
            html.append("<li><a href=\"/c").append(i).append("\">栏目").append(i).append("</a></li>");
        }
        html.append("</ul></div><div class=\"w1000\"><div class=\"box\"><h2 class=\"tit\">清源街道2025年法治政府建设年度报告</h2>");
        html.append("<div class=\"txt\">");
        for (int i = 0; i < 5; i++) {
            html.append("<p>　　第").append(i + 1).append("段：街道推进依法行政，规范执法行为，化解矛盾纠纷，全年开展普法活动。</p>");
        }
        html.append("</div></div></div><div class=\"foot\">网站标识码：9999000003</div></body></html>");
        SourceDocument doc = page(html.toString());
        assertThat(region(doc, LineRegion.BODY))
                .startsWith("清源街道2025年法治政府建设年度报告", "第1段：街道推进依法行政，规范执法行为，化解矛盾纠纷，全年开展普法活动。")
                .hasSize(6);
        assertThat(region(doc, LineRegion.FURNITURE)).contains("栏目0", "网站标识码：9999000003");
    }

    @Test
    void anArticleThatRepeatsItsTitleKeepsOneTitle() {
        SourceDocument doc =
                page("<html><head><meta name=\"ArticleTitle\" content=\"清源街道2025年法治政府建设年度报告\"></head><body>"
                        + "<div class=\"title\">清源街道2025年法治政府建设年度报告</div>"
                        + "<div class=\"TRS_Editor\"><p style=\"text-align:center\"><strong>清源街道2025年法治政府建设年度报告</strong></p>"
                        + "<p>　　2025年，街道推进法治政府建设，成效明显。</p></div></body></html>");
        assertThat(region(doc, LineRegion.BODY)).containsExactly("清源街道2025年法治政府建设年度报告", "2025年，街道推进法治政府建设，成效明显。");
        assertThat(region(doc, LineRegion.FURNITURE)).containsExactly("清源街道2025年法治政府建设年度报告");
    }
}
