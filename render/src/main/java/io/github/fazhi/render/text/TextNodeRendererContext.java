package io.github.fazhi.render.text;

import io.github.fazhi.render.NodeRendererContext;

/**
 * The context of one plain-text rendering: the {@link TextWriter} and the node dispatch of
 * {@link NodeRendererContext}.
 *
 * <pre>{@code
 * TextRenderer.builder()
 *         .nodeRendererFactory(context -> NodeRenderer.of(NodeType.TITLE, title -> {
 *             context.writer().line("【公开】");
 *             context.renderDefault(NodeType.TITLE, title);
 *         }))
 *         .build();
 * }</pre>
 */
public interface TextNodeRendererContext extends NodeRendererContext {

    /** The writer of this rendering. */
    TextWriter writer();
}
