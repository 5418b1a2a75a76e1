package io.github.fazhi.render.markdown;

import io.github.fazhi.render.NodeRenderer;

/**
 * Makes a node renderer for each Markdown rendering. Must be safe to call from several threads.
 *
 * <pre>{@code
 * MarkdownNodeRendererFactory noSignOff = context -> NodeRenderer.of(NodeType.SIGN_OFF, s -> {});
 * }</pre>
 */
@FunctionalInterface
public interface MarkdownNodeRendererFactory {

    /** A node renderer that writes through {@code context}. */
    NodeRenderer<?> create(MarkdownNodeRendererContext context);
}
