package io.github.fazhi.render.markdown;

import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.RendererProvider;
import io.github.fazhi.render.ReportRenderer;
import java.util.List;

/**
 * Makes the {@code markdown} format available to {@link io.github.fazhi.render.Renderers}.
 *
 * <pre>{@code
 * ReportRenderer md = Renderers.forFormat("markdown"); // found through this provider
 * }</pre>
 */
public final class MarkdownRendererProvider implements RendererProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public MarkdownRendererProvider() {}

    @Override
    public RenderFormat format() {
        return RenderFormat.MARKDOWN;
    }

    @Override
    public ReportRenderer create(List<? extends RendererExtension> extensions) {
        return MarkdownRenderer.builder().extensions(extensions).build();
    }
}
