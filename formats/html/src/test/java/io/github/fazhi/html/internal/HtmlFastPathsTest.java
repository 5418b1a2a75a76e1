package io.github.fazhi.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.testing.ReportGenerator;
import io.github.fazhi.html.HtmlFixtures;
import io.github.fazhi.render.html.HtmlRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The page reader's fast paths against the plain ways they replace, on the checked-in portal pages, pages
 * fazhi's HTML renderer writes for generated reports (page and fragment, many seeds) and pages made to
 * stress the text rules: the meta and link elements gathered in one walk are {@code getElementsByTag}'s, a
 * class name is found where the spaced class string holds it, and the visible-char count never exceeds
 * {@code text().length()} (so a container it finds long enough is long enough).
 */
class HtmlFastPathsTest {

    private static final String[] MADE = {
        "<html><head><meta name=ArticleTitle content=x><link rel=canonical href=http://a/b></head><body>"
                + "<div class=' TRS_Editor\tview '><p>&nbsp;\u00A0\u200B\u00AD</p><pre>\u00A0 x</pre></div>"
                + "<svg><meta name=a></svg><div class=\"a\u3000b TRS_UEDITORx\">法治</div></body></html>",
        "<body><div class=\"\"><![CDATA[ 数据 ]]></div><link rel=x><meta charset=utf-8>"
                + "<textarea>\u00A0</textarea><p>\u0001\u000B\u001F </p><br><p>a&shy;b</p></body>",
        "<div id=zoom class='pages_content\n\nview'>" + "<span>\uD83D\uDE00</span>".repeat(30) + "</div>",
        "<article class=fz-report><h1>标题</h1><p>　　正文</p></article><meta name=PubDate content=2026-03-20>",
    };

    private static List<Document> pages() {
        List<Document> pages = new ArrayList<>();
        for (byte[] content : contents()) {
            pages.add(PageDecoder.parse(content, ""));
        }
        return pages;
    }

    /** The pages' bytes: the checked-in pages, the made ones and the rendered ones. */
    private static List<byte[]> contents() {
        List<byte[]> contents = new ArrayList<>();
        for (String fixture : new String[] {"trs-qingyuan-2025.html", "jcms-qingyuan-2025.html"}) {
            contents.add(HtmlFixtures.bytes(fixture));
        }
        for (String made : MADE) {
            contents.add(made.getBytes(StandardCharsets.UTF_8));
        }
        ReportGenerator generator = new ReportGenerator(
                19, ReportGenerator.Options.defaults().withSize(2_000, 5_000).withDefectRate(0.5));
        HtmlRenderer page = HtmlRenderer.builder().build();
        HtmlRenderer fragment = HtmlRenderer.builder().fragment(true).build();
        for (int i = 0; i < 24; i++) {
            AnnualReport report = generator.generate(i);
            HtmlRenderer renderer = i % 3 == 2 ? fragment : page;
            contents.add(renderer.renderToString(report).getBytes(StandardCharsets.UTF_8));
        }
        return contents;
    }

    /** Pages in the corners of decoding: declared UTF-8 with bad bytes, byte-order marks, GBK, none declared. */
    private static List<byte[]> decodingCorners() {
        List<byte[]> corners = new ArrayList<>();
        byte[] utf8 = "<meta charset=utf-8><p>法治\uFFFD政府</p>".getBytes(StandardCharsets.UTF_8);
        corners.add(utf8);
        byte[] bad = "<meta charset=\"UTF-8\"><p>法治政府x</p>".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 6] = (byte) 0xE6; // a lead byte before an ASCII one
        corners.add(bad);
        byte[] cut = "<meta charset=utf8><p>法治".getBytes(StandardCharsets.UTF_8);
        corners.add(java.util.Arrays.copyOf(cut, cut.length - 1));
        byte[] bom = "\uFEFF<meta charset=gbk><p>法治</p>".getBytes(StandardCharsets.UTF_8);
        corners.add(bom);
        byte[] utf32 = "<meta charset=utf-8><p>法治</p>".getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
        byte[] withBom = new byte[utf32.length + 4];
        withBom[2] = (byte) 0xFE;
        withBom[3] = (byte) 0xFF;
        System.arraycopy(utf32, 0, withBom, 4, utf32.length);
        corners.add(withBom);
        corners.add("<meta charset=gbk><p>法治</p>".getBytes(java.nio.charset.Charset.forName("GB18030")));
        corners.add("<p>法治</p>".getBytes(java.nio.charset.Charset.forName("GB18030")));
        corners.add("<p>法治</p>".getBytes(StandardCharsets.UTF_8));
        corners.add(new byte[0]);
        return corners;
    }

    @Test
    void theStringDecodedPageIsTheStreamDecodedOne() {
        List<byte[]> all = new ArrayList<>(contents());
        all.addAll(decodingCorners());
        for (byte[] content : all) {
            Document fast = PageDecoder.parse(content, "");
            Document plain = PageDecoder.parsePlain(content, "");
            assertThat(fast.outerHtml()).isEqualTo(plain.outerHtml());
            assertThat(fast.body().text()).isEqualTo(plain.body().text());
            assertThat(fast.charset()).isEqualTo(plain.charset());
        }
    }

    @Test
    void metaAndLinkElementsGatheredInOneWalkAreTheTagSearches() {
        for (Document doc : pages()) {
            PageMetadata.Tags tags = PageMetadata.Tags.of(doc);
            assertThat(tags.metas()).containsExactlyElementsOf(doc.getElementsByTag("meta"));
            assertThat(tags.links()).containsExactlyElementsOf(doc.getElementsByTag("link"));
        }
        assertThat(PageMetadata.Tags.of(PageDecoder.parse(MADE[0].getBytes(StandardCharsets.UTF_8), ""))
                        .metas())
                .hasSize(2);
    }

    @Test
    void aClassNameIsFoundWhereTheSpacedClassStringHoldsIt() {
        List<String> names = new ArrayList<>(List.of("TRS_Editor", "view", "a", "b", "x", "TRS_UEDITOR"));
        for (String rule : ArticleFinder.CONTAINERS) {
            int dot = rule.indexOf('.');
            if (dot >= 0) {
                names.add(rule.substring(dot + 1));
            }
        }
        int checked = 0;
        for (Document doc : pages()) {
            for (Element e : doc.getAllElements()) {
                if (!e.hasAttr("class")) {
                    continue;
                }
                String classes = e.attr("class");
                List<String> all = new ArrayList<>(names);
                all.addAll(List.of(classes.split("\\s+")));
                for (String name : all) {
                    if (name.isEmpty()) {
                        continue;
                    }
                    boolean plain = (" " + ArticleFinder.spaced(classes) + " ").contains(" " + name + " ");
                    assertThat(ArticleFinder.hasClass(classes, name))
                            .as("%s in \"%s\"", name, classes)
                            .isEqualTo(plain);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void theVisibleCharsNeverExceedTheTextLength() {
        int atLength = 0;
        for (Document doc : pages()) {
            for (Element e : doc.getAllElements()) {
                int length = ArticleFinder.textLength(e);
                int visible = ArticleFinder.visibleChars(e, Integer.MAX_VALUE);
                assertThat(visible).as("%s", e.cssSelector()).isLessThanOrEqualTo(length);
                for (int enough : new int[] {1, 40}) {
                    assertThat(ArticleFinder.visibleChars(e, enough)).isEqualTo(Math.min(visible, enough));
                }
                if (visible == length && length > 0) {
                    atLength++;
                }
            }
        }
        assertThat(atLength).as("a bound that is also tight on plain text").isGreaterThan(100);
    }
}
