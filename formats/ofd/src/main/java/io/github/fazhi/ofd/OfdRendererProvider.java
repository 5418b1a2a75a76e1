package io.github.fazhi.ofd;

import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.RendererProvider;
import io.github.fazhi.render.ReportRenderer;
import java.util.List;

/**
 * Registers {@link OfdRenderer} with {@code Renderers} under the format id {@code ofd}.
 *
 * <pre>{@code
 * ReportRenderer ofd = Renderers.forFormat("ofd");
 * }</pre>
 */
public final class OfdRendererProvider implements RendererProvider {

    @Override
    public RenderFormat format() {
        return OfdRenderer.FORMAT;
    }

    @Override
    public ReportRenderer create(List<? extends RendererExtension> extensions) {
        return OfdRenderer.builder().extensions(extensions).build();
    }
}
