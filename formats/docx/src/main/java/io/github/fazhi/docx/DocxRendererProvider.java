package io.github.fazhi.docx;

import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.RendererProvider;
import io.github.fazhi.render.ReportRenderer;
import java.util.List;

/**
 * Makes {@link DocxRenderer}s available as format {@code docx} to {@link io.github.fazhi.render.Renderers}.
 *
 * <pre>{@code
 * ReportRenderer docx = Renderers.forFormat("docx");
 * }</pre>
 */
public final class DocxRendererProvider implements RendererProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public DocxRendererProvider() {}

    @Override
    public RenderFormat format() {
        return DocxRenderer.FORMAT;
    }

    @Override
    public ReportRenderer create(List<? extends RendererExtension> extensions) {
        return DocxRenderer.builder().extensions(extensions).build();
    }
}
