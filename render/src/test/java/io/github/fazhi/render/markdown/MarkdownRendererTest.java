package io.github.fazhi.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.testing.ModelArbitraries;
import io.github.fazhi.render.ReportTextAccess;
import io.github.fazhi.render.SampleReports;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses the Markdown back with commonmark-java and compares its blocks with what the report says:
 * headings at the right levels with their labels, paragraphs with their text, and nothing else (no
 * emphasis, links, HTML, lists, code, quotes) whatever Markdown syntax the report's text contains.
 */
class MarkdownRendererTest {

    private static final Parser PARSER = Parser.builder().build();
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

    /** A block read back: a heading level (0 for a paragraph) and its text. */
    record Block(int level, String text) {}

    static final List<String> MARKDOWN_SYNTAX = List.of(
            "*强调* 与 **加粗** 和 _下划线_ 与 __双下划线__",
            "# 假标题",
            "## 假二级标题 ##",
            "标题\n===",
            "标题\n---",
            "---",
            "***",
            "- 列表项",
            "+ 列表项",
            "* 列表项",
            "1. 有序列表",
            "2024) 有序列表",
            "3.",
            "> 引用",
            "`代码` 与 ``代码``",
            "```java\nclass X {}\n```",
            "~~~\n围栏\n~~~",
            "    缩进代码块",
            "\t制表符代码块",
            "[链接](https://example.org)",
            "[引用链接][1]\n\n[1]: https://example.org",
            "![图片](x.png)",
            "<https://example.org>",
            "<b>粗体</b> <script>alert(1)</script>",
            "<!-- 注释 -->",
            "&amp; &lt; &#60; &copy;",
            "反斜杠 \\ 结尾\\",
            "行尾两个空格  \n下一行",
            "| 表头 | 表头 |\n| --- | --- |\n| 单元 | 单元 |",
            "~~删除线~~",
            "$x^2$ 与 $$y$$",
            "[^1] 脚注\n\n[^1]: 注释",
            "第一行\n\n第二段",
            "（一）全角括号 1．全角句点 ＃全角井号",
            "");

    static Stream<String> markdownSyntax() {
        return MARKDOWN_SYNTAX.stream();
    }

    @Test
    void theSampleReadsBackWithItsHeadingsAtTheirLevels() {
        AnnualReport report = SampleReports.sample();
        List<Block> blocks = parse(RENDERER.renderToString(report));
        assertThat(blocks).isEqualTo(expected(report));
        assertThat(blocks)
                .filteredOn(b -> b.level() > 0)
                .extracting(Block::level)
                .containsExactly(1, 2, 3, 3, 4, 4, 3, 4, 5, 5, 4, 3, 2, 2, 2, 3, 3, 3, 2);
        assertThat(blocks)
                .contains(
                        new Block(1, "清河市清河区司法局2024年法治政府建设年度报告"),
                        new Block(2, "一、2024年推进法治政府建设的主要举措和成效"),
                        new Block(3, "（一）抓学习，夯实法治思维根基。"),
                        new Block(4, "1.严格合法性审查。"),
                        new Block(5, "（1）聚焦重点领域。"),
                        new Block(0, "清河市清河区司法局\n2025年1月20日"));
    }

    @ParameterizedTest
    @MethodSource("markdownSyntax")
    void markdownSyntaxInEveryFieldComesBackAsText(String syntax) {
        AnnualReport report = ReportTextAccess.map(SampleReports.everyField(), t -> syntax);
        assertThat(parse(RENDERER.renderToString(report))).isEqualTo(expected(report));
    }

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ModelArbitraries.reports();
    }

    @Property(tries = 300)
    void anyReportReadsBackBlockForBlock(@ForAll("reports") AnnualReport report) {
        assertThat(parse(RENDERER.renderToString(report))).isEqualTo(expected(report));
    }

    @Property(tries = 500)
    void anyTextInAParagraphReadsBackAsThatText(@ForAll("markdownish") String text) {
        AnnualReport report = ReportTextAccess.map(SampleReports.sample(), t -> text);
        assertThat(parse(RENDERER.renderToString(report))).isEqualTo(expected(report));
    }

    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.strings()
                .withChars("*_`#[]()<>!&;\\|~-+=.:)1 9\t\n\r>\"'$^{}/法治")
                .ofMaxLength(24);
    }

    @Test
    void escapesOnlyWhatMarkdownWouldRead() {
        assertThat(MarkdownWriter.escape("1. 第*一*项 <b>")).isEqualTo("1\\. 第\\*一\\*项 \\<b\\>");
        assertThat(MarkdownWriter.escape("2024.3.5")).isEqualTo("2024.3.5");
        assertThat(MarkdownWriter.escape("- 一是")).isEqualTo("\\- 一是");
        assertThat(MarkdownWriter.escape("（一）坚持思想引领。")).isEqualTo("（一）坚持思想引领。");
        assertThat(MarkdownWriter.escape("a_b & c")).isEqualTo("a\\_b \\& c");
    }

    /** The blocks the report should read back as. */
    static List<Block> expected(AnnualReport report) {
        // page furniture kept by a reader is not rendered
        AnnualReport r = report.withoutPageFurniture();
        List<Block> out = new ArrayList<>();
        for (HeaderLine h : r.header()) {
            if (!h.afterTitle()) {
                paragraph(out, h.text());
            }
        }
        r.title().ifPresent(t -> out.add(new Block(1, heading(t.text()))));
        for (HeaderLine h : r.header()) {
            if (h.afterTitle()) {
                paragraph(out, h.text());
            }
        }
        r.preamble().forEach(p -> paragraph(out, p.text()));
        r.sections().forEach(s -> section(out, s));
        r.signOff().ifPresent(s -> {
            List<String> lines = new ArrayList<>(s.issuers());
            s.dateText().ifPresent(lines::add);
            paragraph(out, String.join("\n", lines));
        });
        r.trailing().forEach(p -> paragraph(out, p.text()));
        return out;
    }

    private static void section(List<Block> out, Section s) {
        // Depth in the tree from the id: s1 is 1, s1.s2 is 2.
        int depth = s.id().split("\\.").length;
        out.add(new Block(Math.min(6, depth + 1), heading(s.headingLine())));
        for (var b : s.blocks()) {
            paragraph(out, b.text());
        }
        s.subsections().forEach(sub -> section(out, sub));
    }

    private static void paragraph(List<Block> out, String text) {
        List<String> lines = MarkdownWriter.lines(text);
        if (!lines.isEmpty()) {
            out.add(new Block(0, commonMark(String.join("\n", lines))));
        }
    }

    private static String heading(String text) {
        return commonMark(String.join(" ", MarkdownWriter.lines(text)));
    }

    /** CommonMark replaces NUL with U+FFFD. */
    private static String commonMark(String s) {
        return s.replace('\u0000', '\uFFFD');
    }

    /** The top-level blocks of {@code markdown}; fails on any node other than headings, paragraphs, text and line breaks. */
    static List<Block> parse(String markdown) {
        Node doc = PARSER.parse(markdown);
        assertThat(doc).isInstanceOf(Document.class);
        List<Block> out = new ArrayList<>();
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            int level;
            if (block instanceof Heading h) {
                level = h.getLevel();
            } else if (block instanceof org.commonmark.node.Paragraph) {
                level = 0;
            } else {
                throw new AssertionError("unexpected block " + block + " in\n" + markdown);
            }
            StringBuilder text = new StringBuilder();
            block.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }

                @Override
                public void visit(HardLineBreak b) {
                    text.append('\n');
                }

                @Override
                public void visit(SoftLineBreak b) {
                    throw new AssertionError("soft line break in\n" + markdown);
                }

                @Override
                protected void visitChildren(Node parent) {
                    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                        if (!(n instanceof Text || n instanceof HardLineBreak || n instanceof SoftLineBreak)) {
                            throw new AssertionError("unexpected inline " + n + " in\n" + markdown);
                        }
                        n.accept(this);
                    }
                }
            });
            out.add(new Block(level, text.toString()));
        }
        return out;
    }
}
