package io.github.fazhi.paged;

import io.github.fazhi.render.NodeRenderer;

/**
 * Makes a node renderer for one PDF or OFD rendering; must be safe to call from several threads.
 *
 * <pre>{@code
 * PagedNodeRendererFactory f = context -> NodeRenderer.of(NodeType.PARAGRAPH, p -> context.writer().paragraph(p.text()));
 * }</pre>
 */
@FunctionalInterface
public interface PagedNodeRendererFactory {

    /** A node renderer that renders into {@code context}. */
    NodeRenderer<?> create(PagedNodeRendererContext context);
}
