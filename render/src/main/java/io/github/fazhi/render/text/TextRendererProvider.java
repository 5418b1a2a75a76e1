package io.github.fazhi.render.text;

import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.RendererProvider;
import io.github.fazhi.render.ReportRenderer;
import java.util.List;

/**
 * Makes the {@code text} format available to {@link io.github.fazhi.render.Renderers}.
 *
 * <pre>{@code
 * ReportRenderer text = Renderers.forFormat("text"); // found through this provider
 * }</pre>
 */
public final class TextRendererProvider implements RendererProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public TextRendererProvider() {}

    @Override
    public RenderFormat format() {
        return RenderFormat.TEXT;
    }

    @Override
    public ReportRenderer create(List<? extends RendererExtension> extensions) {
        return TextRenderer.builder().extensions(extensions).build();
    }
}
