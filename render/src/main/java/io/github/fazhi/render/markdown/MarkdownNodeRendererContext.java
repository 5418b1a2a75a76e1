package io.github.fazhi.render.markdown;

import io.github.fazhi.core.Section;
import io.github.fazhi.render.NodeRendererContext;

/**
 * The context of one Markdown rendering: the {@link MarkdownWriter} and the node dispatch of
 * {@link NodeRendererContext}.
 *
 * <pre>{@code
 * MarkdownRenderer.builder()
 *         .nodeRendererFactory(context -> NodeRenderer.of(NodeType.SECTION_HEADING, section ->
 *                 context.writer().heading(context.depth(section) + 1, section.heading())))  // no labels
 *         .build();
 * }</pre>
 */
public interface MarkdownNodeRendererContext extends NodeRendererContext {

    /** The writer of this rendering. */
    MarkdownWriter writer();

    /** The Markdown heading level of {@code section}: its depth plus one (the title is level 1), at most 6. */
    default int headingLevel(Section section) {
        return Math.min(6, depth(section) + 1);
    }
}
