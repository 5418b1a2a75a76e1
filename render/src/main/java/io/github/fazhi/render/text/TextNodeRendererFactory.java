package io.github.fazhi.render.text;

import io.github.fazhi.render.NodeRenderer;

/**
 * Makes a node renderer for each plain-text rendering. Must be safe to call from several threads.
 *
 * <pre>{@code
 * TextNodeRendererFactory hideHeaderLines = context -> NodeRenderer.of(NodeType.HEADER_LINE, line -> {});
 * }</pre>
 */
@FunctionalInterface
public interface TextNodeRendererFactory {

    /** A node renderer that writes through {@code context}. */
    NodeRenderer<?> create(TextNodeRendererContext context);
}
