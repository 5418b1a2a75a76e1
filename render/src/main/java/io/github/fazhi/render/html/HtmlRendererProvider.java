package io.github.fazhi.render.html;

import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.RendererProvider;
import io.github.fazhi.render.ReportRenderer;
import java.util.List;

/**
 * Makes the {@code html} format available to {@link io.github.fazhi.render.Renderers}.
 *
 * <pre>{@code
 * ReportRenderer html = Renderers.forFormat("html"); // found through this provider
 * }</pre>
 */
public final class HtmlRendererProvider implements RendererProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public HtmlRendererProvider() {}

    @Override
    public RenderFormat format() {
        return RenderFormat.HTML;
    }

    @Override
    public ReportRenderer create(List<? extends RendererExtension> extensions) {
        return HtmlRenderer.builder().extensions(extensions).build();
    }
}
