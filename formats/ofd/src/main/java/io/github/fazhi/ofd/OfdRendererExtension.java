package io.github.fazhi.ofd;

import io.github.fazhi.render.RendererExtension;

/**
 * An extension that configures {@link OfdRenderer}s: add node renderers, change the layout.
 *
 * <pre>{@code
 * OfdRendererExtension web = builder -> builder.webVersion();
 * ReportRenderer ofd = Renderers.forFormat("ofd", List.of(web));
 * }</pre>
 */
@FunctionalInterface
public interface OfdRendererExtension extends RendererExtension {

    /** Configures {@code builder}. */
    void extend(OfdRenderer.Builder builder);
}
