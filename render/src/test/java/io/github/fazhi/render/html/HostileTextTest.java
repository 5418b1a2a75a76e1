package io.github.fazhi.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.render.ReportTextAccess;
import io.github.fazhi.render.SampleReports;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Puts hostile strings into every text field of a report and checks, with jsoup, that the HTML holds
 * exactly the elements and attributes the renderer writes for the same report with harmless text, and
 * that the hostile text comes out as text.
 */
class HostileTextTest {

    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "\" onmouseover=\"alert(1)",
            "' onfocus='alert(1)' autofocus='",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "<a href=\"javascript:alert(1)\">点击</a>",
            "<a href=JaVaScRiPt:alert(1)>x</a>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "</section><script>alert(1)</script><section>",
            "</p><p onclick=alert(1)>",
            "</h2><h1>伪标题</h1>",
            "</title><script>alert(1)</script>",
            "</style><script>alert(1)</script>",
            "</textarea><script>alert(1)</script>",
            "</article></main></body></html><script>alert(1)</script>",
            "<!-- 注释 -->",
            "<!--<script>alert(1)</script>-->",
            "--><script>alert(1)</script><!--",
            "<![CDATA[<script>alert(1)</script>]]>",
            "]]><script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "&#x3C;img src=x onerror=alert(1)&#x3E;",
            "&amp",
            "&#",
            "&#x;",
            "&unknown;",
            "&lt",
            "<",
            ">",
            "<<script>alert(1)//<</script>",
            "<scr<script>ipt>alert(1)</script>",
            "<style>*{display:none}</style>",
            "<link rel=stylesheet href=//x.example/x.css>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"//x.example/\">",
            "<form action=javascript:alert(1)><button>提交</button></form>",
            "<input autofocus onfocus=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<object data=\"data:text/html,<script>alert(1)</script>\">",
            "<embed src=javascript:alert(1)>",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "<body onload=alert(1)>",
            "<template><script>alert(1)</script></template>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<xmp><script>alert(1)</script></xmp>",
            "<plaintext>",
            "＜script＞alert(1)＜/script＞",
            "\u202Eتقرير<script>alert(1)</script>",
            "\u0000<script>alert(1)</script>",
            "\uFEFF<script>alert(1)</script>",
            "<scr\u0000ipt>alert(1)</script>",
            "\uD800<b>半个代理对</b>",
            "\uDC00<i>",
            "\u200B<\u200Bscript>alert(1)</script>",
            "\u0007\u001B[31m<b>",
            "\u0085\u2028\u2029<br>",
            "{{constructor.constructor('alert(1)')()}}",
            "${alert(1)}",
            "<div style=\"background:url(javascript:alert(1))\">",
            "<a id=\"title\" name=\"s1\">冲突的id</a>",
            "<form id=\"signoff\"><input name=\"x\">",
            "<?xml version=\"1.0\"?><!DOCTYPE x>",
            "<!DOCTYPE html>",
            "\"'`",
            "\r\n<script>\r\nalert(1)\r\n</script>\r",
            "<img src=\"x",
            "<a href='#' onclick='alert(1)",
            "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
            "%3Cscript%3Ealert(1)%3C/script%3E",
            "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
            "😀𠀀<b>粗体</b>",
            "");

    static final List<HtmlRenderer> RENDERERS = List.of(
            HtmlRenderer.builder().build(),
            HtmlRenderer.builder().tableOfContentsDepth(4).build(),
            HtmlRenderer.builder()
                    .fragment(true)
                    .tableOfContents(true)
                    .idPrefix("r7-")
                    .build());

    static Stream<String> hostile() {
        return HOSTILE.stream();
    }

    @Test
    void thereAreAtLeastFiftyHostileStrings() {
        assertThat(HOSTILE).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextAddsNoElementAndNoAttribute(String hostile) {
        AnnualReport template = SampleReports.everyField();
        AnnualReport benign = ReportTextAccess.map(template, t -> "正文");
        AnnualReport attack = ReportTextAccess.map(template, t -> hostile);
        for (HtmlRenderer renderer : RENDERERS) {
            Document expected = Jsoup.parse(renderer.renderToString(benign));
            Document actual = Jsoup.parse(renderer.renderToString(attack));
            assertThat(structure(actual)).isEqualTo(structure(expected));
            assertThat(actual.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()))
                    .noneMatch(a -> a.getKey().toLowerCase().startsWith("on"))
                    .filteredOn(a -> a.getKey().equals("href"))
                    .allMatch(a -> a.getValue().startsWith("#"));
            assertThat(actual.select("script, iframe, img, svg, object, embed, form, base, link"))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextComesOutAsText(String hostile) {
        AnnualReport attack = ReportTextAccess.map(SampleReports.everyField(), t -> hostile);
        Document doc = Jsoup.parse(HtmlRenderer.builder().build().renderToString(attack));
        String expected = asParsed(hostile);
        for (Paragraph p : attack.query(Paragraph.class, p -> true)) {
            assertThat(doc.getElementById(p.id()).wholeText()).as(p.id()).isEqualTo(expected);
        }
        for (Section s : attack.allSections().toList()) {
            assertThat(doc.getElementById(s.id() + "-h").wholeText()).isEqualTo(expected + expected);
        }
        assertThat(doc.getElementById("title").wholeText()).isEqualTo(expected + "\n" + expected);
        assertThat(doc.selectFirst("title").wholeText()).isEqualTo(expected + expected);
        assertThat(doc.select("meta[name=author]").attr("content")).isEqualTo(expected + "、" + expected);
        assertThat(doc.select(".fz-signoff-issuer"))
                .hasSize(2)
                .allMatch(e -> e.wholeText().equals(expected));
        assertThat(doc.select(".fz-signoff-date").first().wholeText()).isEqualTo(expected);
    }

    /** Element names with their attribute names and, except for text-bearing ones, attribute values. */
    static List<String> structure(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            StringBuilder sb = new StringBuilder(e.tagName());
            for (Attribute a : e.attributes().asList()) {
                sb.append(' ').append(a.getKey());
                if (!(e.tagName().equals("meta") && a.getKey().equals("content"))) {
                    sb.append('=').append(a.getValue());
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** The text jsoup reads back: the escaped text decoded, so forbidden characters are U+FFFD. */
    static String asParsed(String text) {
        return Parser.unescapeEntities(HtmlWriter.escape(text), false);
    }
}
