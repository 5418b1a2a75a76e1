package io.github.fazhi.render.html;

import io.github.fazhi.core.Element;
import io.github.fazhi.core.Section;
import io.github.fazhi.render.NodeRendererContext;

/**
 * The context of one HTML rendering: the {@link HtmlWriter}, the ids the page uses for report
 * elements, the renderer's options and the node dispatch of {@link NodeRendererContext}.
 *
 * <pre>{@code
 * HtmlRenderer.builder()
 *         .nodeRendererFactory(context -> NodeRenderer.of(NodeType.PARAGRAPH, p -> {
 *             boolean flagged = findingIds.contains(p.id());
 *             context.writer().openTag("p", "id", context.id(p), "class", flagged ? "finding" : "")
 *                     .text(p.text()).closeTag("p").line();
 *         }))
 *         .build();
 * }</pre>
 */
public interface HtmlNodeRendererContext extends NodeRendererContext {

    /** The writer of this rendering. */
    HtmlWriter writer();

    /** The HTML id of {@code element}: the id prefix followed by the element's id ({@code s1.s2.p3}). */
    String id(Element element);

    /** The HTML id of a section's heading element: the section's HTML id followed by {@code -h}. */
    String headingId(Section section);

    /** The heading element level of {@code section}: its depth plus one ({@code h2} for a top-level section), at most 6. */
    default int headingLevel(Section section) {
        return Math.min(6, depth(section) + 1);
    }

    /** Whether the renderer writes a fragment rather than a complete page. */
    boolean isFragment();

    /** How many section levels the table of contents lists, 0 when it is off. */
    int tableOfContentsDepth();

    /** The label of the table of contents ({@code 目录} by default). */
    String tableOfContentsLabel();
}
