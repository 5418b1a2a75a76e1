package io.github.fazhi.render;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.ElementVisitor;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportParts;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import java.util.List;

/**
 * What a {@link NodeRenderer} can do during one rendering: render other nodes (through whichever
 * renderer is registered for their type), fall back to the built-in rendering of a node, and render a
 * node's children. Each format's context adds its writer and options ({@code HtmlNodeRendererContext},
 * {@code MarkdownNodeRendererContext}, {@code TextNodeRendererContext}).
 *
 * <pre>{@code
 * NodeRenderer.of(NodeType.SECTION, section -> {
 *     if (section.kind() == SectionKind.OTHER && section.blocks().isEmpty()) {
 *         return;                                          // leave an empty item 5 out
 *     }
 *     context.renderDefault(NodeType.SECTION, section);
 * })
 * }</pre>
 */
public interface NodeRendererContext {

    /** The report being rendered. */
    AnnualReport report();

    /** Renders {@code node} with the renderer registered for {@code type} (an override, or the built-in one). */
    <T> void render(NodeType<T> type, T node);

    /** Renders an element of the report with the renderer registered for its type. */
    default void render(Element element) {
        element.accept(new ElementVisitor<Void>() {
            @Override
            public Void defaultValue(Element e) {
                return null;
            }

            @Override
            public Void visitHeaderLine(HeaderLine line) {
                render(NodeType.HEADER_LINE, line);
                return null;
            }

            @Override
            public Void visitTitle(Title title) {
                render(NodeType.TITLE, title);
                return null;
            }

            @Override
            public Void visitParagraph(Paragraph paragraph) {
                render(NodeType.PARAGRAPH, paragraph);
                return null;
            }

            @Override
            public Void visitPageFurniture(PageFurniture furniture) {
                render(NodeType.PAGE_FURNITURE, furniture);
                return null;
            }

            @Override
            public Void visitSection(Section section) {
                render(NodeType.SECTION, section);
                return null;
            }

            @Override
            public Void visitSignOff(SignOff signOff) {
                render(NodeType.SIGN_OFF, signOff);
                return null;
            }
        });
    }

    /** Renders {@code node} with the built-in renderer for {@code type}, whatever was registered. */
    <T> void renderDefault(NodeType<T> type, T node);

    /**
     * Renders the parts of the report in order through the registered renderers: header lines, title,
     * (the table of contents where the format has one), preamble, sections, sign-off and trailing text.
     * This is what the built-in {@link NodeType#DOCUMENT} rendering does inside the page or file frame.
     */
    default void renderChildren(AnnualReport report) {
        report.visitParts(new ReportParts() {
            @Override
            public void beforeTitle(List<HeaderLine> lines) {
                lines.forEach(NodeRendererContext.this::render);
            }

            @Override
            public void title(Title title) {
                render(title);
            }

            @Override
            public void afterTitle(List<HeaderLine> lines) {
                lines.forEach(NodeRendererContext.this::render);
            }

            @Override
            public void preamble(List<Block> blocks) {
                render(NodeType.TABLE_OF_CONTENTS, report);
                render(NodeType.PREAMBLE, report);
            }

            @Override
            public void section(Section section) {
                render(section);
            }

            @Override
            public void signOff(SignOff signOff) {
                render(signOff);
            }

            @Override
            public void trailing(List<Block> blocks) {
                render(NodeType.TRAILING, report);
            }
        });
    }

    /** Renders a section's blocks, then its sub-sections, through the registered renderers. */
    default void renderChildren(Section section) {
        section.blocks().forEach(this::render);
        section.subsections().forEach(this::render);
    }

    /**
     * How deep {@code section} sits in the report's tree: 1 for a top-level section. Headings take their
     * level from it, so a section read with a skipped number level still nests correctly. fazhi's renderers
     * track it as rendering descends ({@link NodeRendererMap#depth}); this default finds it by descending the
     * report's sections.
     */
    default int depth(Section section) {
        return NodeRendererMap.depthIn(report().sections(), section, 1);
    }
}
