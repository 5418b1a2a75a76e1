package io.github.fazhi.render.html;

import io.github.fazhi.render.RendererExtension;

/**
 * An extension that configures the HTML renderer.
 *
 * <pre>{@code
 * final class PortalStyle implements HtmlRendererExtension {
 *     public void extend(HtmlRenderer.Builder b) {
 *         b.tableOfContents(true).styleSheetLink("/static/portal.css");
 *     }
 * }
 * }</pre>
 */
public interface HtmlRendererExtension extends RendererExtension {

    /** Configures {@code builder}. */
    void extend(HtmlRenderer.Builder builder);
}
