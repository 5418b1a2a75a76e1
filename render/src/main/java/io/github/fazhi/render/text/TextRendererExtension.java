package io.github.fazhi.render.text;

import io.github.fazhi.render.RendererExtension;

/**
 * An extension that configures the plain-text renderer.
 *
 * <pre>{@code
 * final class CompactText implements TextRendererExtension {
 *     public void extend(TextRenderer.Builder builder) { builder.blankLines(false); }
 * }
 * }</pre>
 */
public interface TextRendererExtension extends RendererExtension {

    /** Configures {@code builder}. */
    void extend(TextRenderer.Builder builder);
}
