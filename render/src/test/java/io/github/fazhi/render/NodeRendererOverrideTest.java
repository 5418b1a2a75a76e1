package io.github.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.render.html.HtmlRenderer;
import io.github.fazhi.render.html.HtmlRendererExtension;
import io.github.fazhi.render.markdown.MarkdownRenderer;
import io.github.fazhi.render.markdown.MarkdownRendererExtension;
import io.github.fazhi.render.text.TextRenderer;
import io.github.fazhi.render.text.TextRendererExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replacing one node type's rendering changes that and nothing else; extensions configure their format. */
class NodeRendererOverrideTest {

    private static final AnnualReport REPORT = SampleReports.sample();

    @Test
    void htmlSignOffOverrideAddsItsMarkupAndKeepsTheRest() {
        String note = "<div class=\"seal-note\">（此件公开发布）</div>\n";
        HtmlRenderer custom = HtmlRenderer.builder()
                .nodeRendererFactory(context -> NodeRenderer.of(NodeType.SIGN_OFF, signOff -> {
                    context.writer()
                            .openTag("div", "class", "seal-note")
                            .text("（此件公开发布）")
                            .closeTag("div")
                            .line();
                    context.renderDefault(NodeType.SIGN_OFF, signOff);
                }))
                .build();
        String expected = HtmlRenderer.builder().build().renderToString(REPORT);
        String actual = custom.renderToString(REPORT);
        assertThat(actual).contains(note + "<footer id=\"signoff\"");
        assertThat(actual.replace(note, "")).isEqualTo(expected);
    }

    @Test
    void textParagraphOverrideReachesParagraphsInsideSections() {
        TextRenderer custom = TextRenderer.builder()
                .nodeRendererFactory(context -> NodeRenderer.of(NodeType.PARAGRAPH, p -> {
                    if (p.id().equals("s5.p1")) {
                        context.writer().bodyLine("（略）");
                        context.writer().blockEnd();
                    } else {
                        context.renderDefault(NodeType.PARAGRAPH, p);
                    }
                }))
                .build();
        String expected = TextRenderer.builder().build().renderToString(REPORT);
        assertThat(custom.renderToString(REPORT))
                .isEqualTo(expected.replace("本年度无其他需要报告的情况。", "（略）"))
                .isNotEqualTo(expected);
    }

    @Test
    void aRunInHeadingOverrideStillRunsIntoItsParagraph() {
        TextRenderer custom = TextRenderer.builder()
                .nodeRendererFactory(context -> NodeRenderer.of(NodeType.SECTION_HEADING, s -> {
                    if (s.runIn()) {
                        context.writer().runInHeading("【" + s.heading() + "】");
                    } else {
                        context.renderDefault(NodeType.SECTION_HEADING, s);
                    }
                }))
                .build();
        assertThat(custom.renderToString(REPORT))
                .contains("\n【抓学习，夯实法治思维根基。】局党组全年召开")
                .contains("\n（三）抓执法，提升执法规范化水平\n");
    }

    @Test
    void markdownHeadingOverrideLeavesParagraphsAlone() {
        MarkdownRenderer custom = MarkdownRenderer.builder()
                .nodeRendererFactory(context -> NodeRenderer.of(
                        NodeType.SECTION_HEADING, s -> context.writer().heading(context.headingLevel(s), s.heading())))
                .build();
        String actual = custom.renderToString(REPORT);
        String expected = MarkdownRenderer.builder().build().renderToString(REPORT);
        assertThat(actual).contains("\n## 2024年推进法治政府建设的主要举措和成效\n").doesNotContain("一、2024年");
        assertThat(paragraphs(actual)).isEqualTo(paragraphs(expected));
    }

    @Test
    void aSectionOverrideCanLeaveOutAPartAndDelegateTheOthers() {
        MarkdownRenderer custom = MarkdownRenderer.builder()
                .nodeRendererFactory(context -> NodeRenderer.of(NodeType.SECTION, s -> {
                    if (s.kind() != SectionKind.OTHER) {
                        context.renderDefault(NodeType.SECTION, s);
                    }
                }))
                .build();
        String expected = MarkdownRenderer.builder().build().renderToString(REPORT);
        assertThat(custom.renderToString(REPORT))
                .isEqualTo(expected.replace("## 五、其他需要报告的情况\n\n本年度无其他需要报告的情况。\n\n", ""));
    }

    @Test
    void theFirstRegisteredRendererForANodeTypeWins() {
        List<String> calls = new ArrayList<>();
        TextRenderer custom = TextRenderer.builder()
                .nodeRendererFactory(context -> NodeRenderer.of(NodeType.TITLE, t -> {
                    calls.add("first");
                    context.writer().line("《" + t.text() + "》");
                    context.writer().blockEnd();
                }))
                .nodeRendererFactory(context -> NodeRenderer.of(NodeType.TITLE, t -> calls.add("second")))
                .build();
        assertThat(custom.renderToString(REPORT)).contains("\n《清河市清河区司法局2024年法治政府建设年度报告》\n");
        assertThat(calls).containsExactly("first");
    }

    @Test
    void renderDefaultForEveryNodeGivesTheDefaultOutput() {
        HtmlRenderer.Builder b = HtmlRenderer.builder().tableOfContents(true);
        for (NodeType<?> type : NodeType.values()) {
            b.nodeRendererFactory(context -> delegating(type, context));
        }
        assertThat(b.build().renderToString(SampleReports.everyField()))
                .isEqualTo(HtmlRenderer.builder()
                        .tableOfContents(true)
                        .build()
                        .renderToString(SampleReports.everyField()));
    }

    private static <T> NodeRenderer<T> delegating(NodeType<T> type, NodeRendererContext context) {
        return NodeRenderer.of(type, node -> context.renderDefault(type, node));
    }

    @Test
    void aFormatWithoutADefaultForANodeTypeRendersAnOverride() {
        TextRenderer withContents = TextRenderer.builder()
                .nodeRendererFactory(context -> NodeRenderer.of(NodeType.TABLE_OF_CONTENTS, r -> {
                    r.sections().forEach(s -> context.writer().line(s.headingLine()));
                    context.writer().blockEnd();
                }))
                .build();
        assertThat(withContents.renderToString(REPORT)).contains("区委、区政府：\n\n一、2024年推进法治政府建设的主要举措和成效\n二、");
        assertThat(TextRenderer.builder().build().renderToString(REPORT)).contains("区委、区政府：\n\n2024年，区司法局");
    }

    /** An extension for three formats: leaves the 文号 line out of every web version. */
    static final class NoDocumentNumber
            implements HtmlRendererExtension, MarkdownRendererExtension, TextRendererExtension {
        @Override
        public void extend(HtmlRenderer.Builder builder) {
            builder.nodeRendererFactory(context -> NodeRenderer.of(NodeType.HEADER_LINE, line -> {
                if (line.kind() != HeaderLineKind.DOCUMENT_NUMBER) {
                    context.renderDefault(NodeType.HEADER_LINE, line);
                }
            }));
        }

        @Override
        public void extend(MarkdownRenderer.Builder builder) {
            builder.nodeRendererFactory(context -> NodeRenderer.of(NodeType.HEADER_LINE, line -> {
                if (line.kind() != HeaderLineKind.DOCUMENT_NUMBER) {
                    context.renderDefault(NodeType.HEADER_LINE, line);
                }
            }));
        }

        @Override
        public void extend(TextRenderer.Builder builder) {
            builder.indent(true);
        }
    }

    /** An extension for HTML only. */
    static final class WithContents implements HtmlRendererExtension {
        @Override
        public void extend(HtmlRenderer.Builder builder) {
            builder.tableOfContents(true);
        }
    }

    @Test
    void extensionsConfigureTheRenderersOfTheirFormatsOnly() {
        List<RendererExtension> extensions = List.of(new NoDocumentNumber(), new WithContents());
        String html = HtmlRenderer.builder().extensions(extensions).build().renderToString(REPORT);
        assertThat(html).doesNotContain("清区司呈〔2025〕2号").contains("<nav class=\"fz-toc\"");
        String md = MarkdownRenderer.builder().extensions(extensions).build().renderToString(REPORT);
        assertThat(md).startsWith("# 清河市清河区司法局2024年法治政府建设年度报告\n");
        String text = TextRenderer.builder().extensions(extensions).build().renderToString(REPORT);
        assertThat(text).startsWith("清区司呈〔2025〕2号\n").contains("\n　　2024年，区司法局");
        assertThat(Renderers.forFormat("html", extensions).renderToBytes(REPORT))
                .isEqualTo(HtmlRenderer.builder().extensions(extensions).build().renderToBytes(REPORT));
    }

    private static List<String> paragraphs(String markdown) {
        return List.of(markdown.split("\n\n")).stream()
                .filter(b -> !b.startsWith("#"))
                .toList();
    }
}
