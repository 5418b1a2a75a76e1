package io.github.fazhi.render.html;

import io.github.fazhi.render.NodeRenderer;

/**
 * Makes a node renderer for each HTML rendering. Must be safe to call from several threads.
 *
 * <pre>{@code
 * HtmlNodeRendererFactory plainTitle = context -> NodeRenderer.of(NodeType.TITLE, title ->
 *         context.writer().openTag("h1", "id", context.id(title)).text(title.text()).closeTag("h1").line());
 * }</pre>
 */
@FunctionalInterface
public interface HtmlNodeRendererFactory {

    /** A node renderer that writes through {@code context}. */
    NodeRenderer<?> create(HtmlNodeRendererContext context);
}
