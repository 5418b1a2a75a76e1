package io.github.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.Section;
import io.github.fazhi.render.html.HtmlRenderer;
import io.github.fazhi.render.markdown.MarkdownRenderer;
import io.github.fazhi.render.text.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page furniture kept by a reader (a breadcrumb before the title, a page number inside a section, a portal
 * footer after the sign-off) is not the report: the built-in renderers leave it out, an app can show it.
 */
class PageFurnitureRenderingTest {

    static final String BREADCRUMB = "首页 > 政务公开 > 法定主动公开内容";
    static final String PAGE_NUMBER = "— 2 —";
    static final String FOOTER = "版权所有：清河市清河区人民政府";

    /** The sample report with furniture where a portal page or a PDF would put it. */
    static AnnualReport withFurniture() {
        AnnualReport r = SampleReports.sample();
        List<HeaderLine> header = new ArrayList<>();
        header.add(HeaderLine.of(HeaderLineKind.FURNITURE, BREADCRUMB));
        header.addAll(r.header());
        Section first = r.sections().get(0);
        List<Block> blocks = new ArrayList<>(first.blocks());
        blocks.add(PageFurniture.of(PAGE_NUMBER));
        List<Section> sections = new ArrayList<>(r.sections());
        sections.set(0, first.withBlocks(blocks));
        List<Block> trailing = new ArrayList<>(r.trailing());
        trailing.add(PageFurniture.of(FOOTER));
        return new AnnualReport(r.metadata(), header, r.title(), r.preamble(), sections, r.signOff(), trailing);
    }

    @Test
    void htmlMarkdownAndTextLeaveFurnitureOut() {
        AnnualReport r = withFurniture();
        for (TextReportRenderer renderer : List.of(
                HtmlRenderer.builder().build(),
                HtmlRenderer.builder().fragment(true).build(),
                MarkdownRenderer.builder().build(),
                TextRenderer.builder().build())) {
            String out = renderer.renderToString(r);
            assertThat(out)
                    .as(renderer.format().id())
                    .doesNotContain(BREADCRUMB)
                    .doesNotContain(PAGE_NUMBER)
                    .doesNotContain(FOOTER)
                    .isEqualTo(renderer.renderToString(r.withoutPageFurniture()));
        }
        // the plain-text writer, the reader's inverse, gives it back
        assertThat(PlainTextWriter.standard().write(r))
                .contains(BREADCRUMB)
                .contains(PAGE_NUMBER)
                .contains(FOOTER);
    }

    @Test
    void anAppCanShowFurnitureWithARendererOfItsOwn() {
        String html = HtmlRenderer.builder()
                .nodeRendererFactory(c -> NodeRenderer.of(
                        NodeType.PAGE_FURNITURE,
                        f -> c.writer()
                                .openTag("p", "class", "furniture")
                                .text(f.text())
                                .closeTag("p")
                                .line()))
                .build()
                .renderToString(withFurniture());
        assertThat(html)
                .contains("<p class=\"furniture\">" + PAGE_NUMBER + "</p>")
                .contains(FOOTER);
    }

    @Test
    void headingDepthIsTrackedWhileDescendingNotReadFromIds() {
        // a section an app renders inside a part has no id of its own, yet sits one level down
        Section note = Section.builder().heading("附：本部分数据口径说明").build();
        AnnualReport r = SampleReports.sample();
        String html = HtmlRenderer.builder()
                .nodeRendererFactory(c -> NodeRenderer.of(NodeType.SECTION, s -> {
                    c.renderDefault(NodeType.SECTION, s);
                    if (s == r.sections().get(0)) {
                        c.render(NodeType.SECTION_HEADING, s);
                    }
                }))
                .nodeRendererFactory(c -> NodeRenderer.of(NodeType.SECTION_HEADING, s -> {
                    c.renderDefault(NodeType.SECTION_HEADING, s);
                    if (s == r.sections().get(0).subsections().get(0)) {
                        c.render(NodeType.SECTION, note);
                    }
                }))
                .build()
                .renderToString(r);
        assertThat(html).contains("<h4 id=\"-h\" class=\"fz-heading\">一、附：本部分数据口径说明</h4>");
        // the heading of part 一 rendered again after the part closed: found by descending the tree
        assertThat(html).containsPattern("</section>\\s*<h2 id=\"s1-h\"");
    }
}
