package io.github.fazhi.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.testing.ModelArbitraries;
import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.SampleReports;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static final HtmlRenderer PAGE = HtmlRenderer.builder().build();

    @Test
    void aCompletePageWithLanguageCharsetTitleAndStyleSheet() {
        String html = PAGE.renderToString(SampleReports.sample());
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        Document doc = Jsoup.parse(html);
        assertThat(doc.title()).isEqualTo("清河市清河区司法局2024年法治政府建设年度报告");
        assertThat(doc.select("meta[name=author]").attr("content")).isEqualTo("清河市清河区司法局");
        assertThat(doc.select("meta[name=viewport]")).hasSize(1);
        assertThat(doc.select("head > style").first().data()).contains("@page").contains("37mm 26mm 35mm 28mm");
        assertThat(doc.select("main.fz-page > article.fz-report")).hasSize(1);
    }

    @Test
    void oneH1AndSectionsLabelledByHeadingsOfTheirDepth() {
        AnnualReport report = SampleReports.sample();
        Document doc = Jsoup.parse(PAGE.renderToString(report));
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("h1").text())
                .isEqualTo(report.title().orElseThrow().text());
        List<Section> sections = report.allSections().toList();
        assertThat(doc.select("section")).hasSize(sections.size());
        for (Section s : sections) {
            var element = doc.getElementById(s.id());
            assertThat(element.tagName()).isEqualTo("section");
            String headingId = element.attr("aria-labelledby");
            var heading = doc.getElementById(headingId);
            assertThat(heading.tagName()).isEqualTo("h" + (s.id().split("\\.").length + 1));
            assertThat(heading.text()).isEqualTo(s.headingLine());
            assertThat(heading.parent()).isSameAs(element);
            assertThat(element.hasClass("fz-level-" + s.level())).isTrue();
            assertThat(element.hasClass("fz-run-in")).isEqualTo(s.runIn());
        }
        assertThat(doc.getElementById("s1").attr("data-kind")).isEqualTo("measures-and-results");
        assertThat(doc.getElementById("s3").attr("data-kind")).isEqualTo("first-responsible-person");
        assertThat(doc.select("section > section > section > section > h5")).hasSize(2);
    }

    @Test
    void sectionsNestAsTheReportDoes() {
        AnnualReport report = SampleReports.sample();
        Document doc = Jsoup.parse(PAGE.renderToString(report));
        for (Section s : report.allSections().toList()) {
            for (Section sub : s.subsections()) {
                assertThat(doc.getElementById(sub.id()).parent()).isSameAs(doc.getElementById(s.id()));
            }
        }
    }

    @Test
    void everyElementOfTheReportHasItsIdSoFindingsCanLinkToIt() {
        AnnualReport report = SampleReports.everyField();
        Document doc = Jsoup.parse(PAGE.renderToString(report));
        for (Element e : report.walk().toList()) {
            assertThat(doc.getElementById(e.id())).as(e.id()).isNotNull();
        }
        assertThat(doc.getElementById("s1.s3.s1.p1").text()).startsWith("随机抽取行政处罚");
        assertThat(doc.getElementById("signoff").tagName()).isEqualTo("footer");
    }

    @Test
    void runInHeadingsTouchTheirParagraphSoTheyReadAsOne() {
        String html = PAGE.renderToString(SampleReports.sample());
        assertThat(html).contains("<h3 id=\"s1.s1-h\" class=\"fz-heading\">（一）抓学习，夯实法治思维根基。</h3><p id=\"s1.s1.p1\">");
        assertThat(HtmlRenderer.defaultStyleSheet()).contains(".fz-run-in > .fz-heading + p");
    }

    @Test
    void theSignOffIsAFooterWithAMachineReadableDate() {
        Document doc = Jsoup.parse(PAGE.renderToString(SampleReports.everyField()));
        var footer = doc.getElementById("signoff");
        assertThat(footer.select(".fz-signoff-issuer").eachText()).containsExactly("清河市清河区司法局", "清河市清河区普法办");
        assertThat(footer.select("time").attr("datetime")).isEqualTo("2025-01-20");
        assertThat(footer.select("time").text()).isEqualTo("2025年1月20日");
        assertThat(doc.select("footer ~ p").text()).isEqualTo("附件：2024年度行政执法数据统计表");
    }

    @Test
    void aTitleOverSeveralLinesKeepsItsLinesAndAOneLineTitleBreaksBetweenPhrases() {
        Document twoLines = Jsoup.parse(PAGE.renderToString(SampleReports.everyField()));
        assertThat(twoLines.select("h1 br")).hasSize(1);
        assertThat(twoLines.select("h1").first().wholeText()).isEqualTo("清河市清河区司法局\n关于2024年法治政府建设情况的报告");
        Document oneLine = Jsoup.parse(PAGE.renderToString(SampleReports.sample()));
        assertThat(oneLine.select("h1 .fz-title-phrase").eachText()).containsExactly("清河市清河区司法局", "2024年法治政府建设年度报告");
        assertThat(CoreHtmlNodeRenderers.titlePhrases("清河区人民政府关于2024年度法治政府建设情况的报告"))
                .containsExactly("清河区人民政府", "关于2024年度法治政府建设情况的报告");
        assertThat(CoreHtmlNodeRenderers.titlePhrases("2024年清河区法治政府建设情况报告")).containsExactly("2024年清河区法治政府建设情况报告");
    }

    @Test
    void aTableOfContentsLinksToEverySectionDownToItsDepth() {
        AnnualReport report = SampleReports.sample();
        Document doc =
                Jsoup.parse(HtmlRenderer.builder().tableOfContents(true).build().renderToString(report));
        var nav = doc.select("nav.fz-toc").first();
        assertThat(doc.getElementById(nav.attr("aria-labelledby")).text()).isEqualTo("目录");
        List<String> targets = nav.select("a").eachAttr("href");
        assertThat(targets)
                .containsExactlyElementsOf(report.allSections()
                        .filter(s -> s.level() <= 2)
                        .map(s -> "#" + s.id())
                        .toList());
        assertThat(nav.select("a").first().text()).isEqualTo("一、2024年推进法治政府建设的主要举措和成效");
        assertThat(nav.select("a[href=#s1.s1]").text()).isEqualTo("（一）抓学习，夯实法治思维根基");
        Document deep = Jsoup.parse(HtmlRenderer.builder()
                .tableOfContentsDepth(4)
                .tableOfContentsLabel("Contents")
                .build()
                .renderToString(report));
        assertThat(deep.select("nav a")).hasSize((int) report.allSections().count());
        assertThat(deep.select("nav .fz-toc-title").text()).isEqualTo("Contents");
        assertThat(Jsoup.parse(PAGE.renderToString(report)).select("nav")).isEmpty();
    }

    @Test
    void aFragmentIsOneArticleWithItsLanguageAndPrefixedIds() {
        String html = HtmlRenderer.builder()
                .fragment(true)
                .idPrefix("r42-")
                .tableOfContents(true)
                .build()
                .renderToString(SampleReports.sample());
        assertThat(html)
                .startsWith("<article class=\"fz-report\" lang=\"zh-CN\">\n")
                .endsWith("</article>\n");
        assertThat(html).doesNotContain("<style", "<html", "<head>", "<body");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.getElementById("r42-s1.s2.p1")).isNotNull();
        assertThat(doc.getElementById("r42-s1").attr("aria-labelledby")).isEqualTo("r42-s1-h");
        assertThat(doc.select("nav a").first().attr("href")).isEqualTo("#r42-s1");
    }

    @Test
    void styleSheetLinksAndNoEmbeddedSheetOnRequest() {
        Document doc = Jsoup.parse(HtmlRenderer.builder()
                .embedStyleSheet(false)
                .styleSheetLink("/static/portal.css?v=\"2\"")
                .build()
                .renderToString(SampleReports.sample()));
        assertThat(doc.select("style")).isEmpty();
        assertThat(doc.select("link[rel=stylesheet]").attr("href")).isEqualTo("/static/portal.css?v=\"2\"");
    }

    @Test
    void theStyleSheetLaysThePrintOutAsGbT9704() {
        String css = HtmlRenderer.defaultStyleSheet();
        assertThat(css)
                .contains("size: A4")
                .contains("margin: 37mm 26mm 35mm 28mm")
                .contains("@bottom-right")
                .contains("@bottom-left")
                .contains("counter(page)")
                .contains("\"FZXiaoBiaoSong-B05S\", \"方正小标宋简体\", \"STZhongsong\"")
                .contains("\"FangSong_GB2312\", \"仿宋_GB2312\", \"FangSong\"")
                .contains("\"SimHei\"")
                .contains("\"KaiTi_GB2312\"")
                .contains("font-size: 16pt")
                .contains("line-height: 28.95pt")
                .contains("text-indent: 2em")
                .contains("@media print")
                .contains("@media screen");
    }

    @Test
    void refusesIdPrefixesThatAreNotIds() {
        for (String bad : List.of("1x", "a b", "\"x", "x\"onclick", "-x", "x>")) {
            assertThatThrownBy(() -> HtmlRenderer.builder().idPrefix(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> HtmlRenderer.builder().tableOfContentsDepth(5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWriterChecksNamesAndEscapesValues() {
        StringBuilder out = new StringBuilder();
        HtmlWriter w = new HtmlWriter(out);
        w.openTag("p", "title", "a\"b<c>&'").text("<x>").closeTag("p").line();
        assertThat(out).hasToString("<p title=\"a&quot;b&lt;c&gt;&amp;&#39;\">&lt;x&gt;</p>\n");
        assertThatThrownBy(() -> w.openTag("p onclick=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.openTag("p", "on click", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.openTag("p", "id")).isInstanceOf(IllegalArgumentException.class);
        assertThat(HtmlWriter.escape("a\u0000b\uD800c\u0007d😀")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd😀");
        assertThat(HtmlWriter.escape("清河区"))
                .isSameAs(HtmlWriter.escape("清河区").intern())
                .isEqualTo("清河区");
    }

    @Test
    void describesItsFormat() {
        assertThat(PAGE.format()).isEqualTo(RenderFormat.HTML);
        assertThat(PAGE.format().contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(PAGE.format().fileExtension()).isEqualTo("html");
    }

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ModelArbitraries.reports();
    }

    @Property(tries = 200)
    void anyReportGivesUniqueValidIdsAndResolvableReferences(@ForAll("reports") AnnualReport report) {
        Document doc = Jsoup.parse(
                HtmlRenderer.builder().tableOfContentsDepth(4).build().renderToString(report));
        Set<String> ids = new HashSet<>();
        for (var e : doc.select("[id]")) {
            assertThat(e.id()).matches("[A-Za-z][A-Za-z0-9_.:-]*");
            assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
        }
        for (var e : doc.select("[aria-labelledby]")) {
            assertThat(ids).contains(e.attr("aria-labelledby"));
        }
        for (var a : doc.select("a[href]")) {
            assertThat(ids).contains(a.attr("href").substring(1));
        }
        assertThat(doc.select("h1")).hasSize(report.title().isPresent() ? 1 : 0);
        assertThat(doc.select("section")).hasSize((int) report.allSections().count());
        assertThat(doc.select("p[id]:not(.fz-toc-title)").size()
                        + doc.select("section").size())
                .isEqualTo((int) report.walk()
                        .filter(e -> e instanceof io.github.fazhi.core.Paragraph
                                || e instanceof io.github.fazhi.core.HeaderLine h
                                        && h.kind() != io.github.fazhi.core.HeaderLineKind.FURNITURE
                                || e instanceof Section)
                        .count());
    }
}
