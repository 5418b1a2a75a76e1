package io.github.fazhi.pdf;

import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.RendererProvider;
import io.github.fazhi.render.ReportRenderer;
import java.util.List;

/**
 * Registers {@link PdfRenderer} with {@code Renderers} under the format id {@code pdf}.
 *
 * <pre>{@code
 * ReportRenderer pdf = Renderers.forFormat("pdf");
 * }</pre>
 */
public final class PdfRendererProvider implements RendererProvider {

    @Override
    public RenderFormat format() {
        return PdfRenderer.FORMAT;
    }

    @Override
    public ReportRenderer create(List<? extends RendererExtension> extensions) {
        return PdfRenderer.builder().extensions(extensions).build();
    }
}
