package io.github.fazhi.pdf;

import io.github.fazhi.render.RendererExtension;

/**
 * An extension that configures {@link PdfRenderer}s: add node renderers, change the layout.
 *
 * <pre>{@code
 * PdfRendererExtension archive = builder -> builder.pdfA(true);
 * ReportRenderer pdf = Renderers.forFormat("pdf", List.of(archive));
 * }</pre>
 */
@FunctionalInterface
public interface PdfRendererExtension extends RendererExtension {

    /** Configures {@code builder}. */
    void extend(PdfRenderer.Builder builder);
}
