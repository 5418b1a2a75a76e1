package io.github.fazhi.render.markdown;

import io.github.fazhi.render.RendererExtension;

/**
 * An extension that configures the Markdown renderer.
 *
 * <pre>{@code
 * final class NoSignOff implements MarkdownRendererExtension {
 *     public void extend(MarkdownRenderer.Builder b) {
 *         b.nodeRendererFactory(context -> NodeRenderer.of(NodeType.SIGN_OFF, s -> {}));
 *     }
 * }
 * }</pre>
 */
public interface MarkdownRendererExtension extends RendererExtension {

    /** Configures {@code builder}. */
    void extend(MarkdownRenderer.Builder builder);
}
