package io.github.fazhi.docx;

import io.github.fazhi.render.RendererExtension;

/**
 * An extension that configures the DOCX renderer; one list of extensions can configure every format's
 * renderer, each applying the extensions of its own format.
 *
 * <pre>{@code
 * final class LocalFonts implements DocxRendererExtension {
 *     public void extend(DocxRenderer.Builder b) {
 *         b.layout(LayoutProfile.localPlainFonts());
 *     }
 * }
 * ReportRenderer docx = Renderers.forFormat("docx", List.of(new LocalFonts()));
 * }</pre>
 */
public interface DocxRendererExtension extends RendererExtension {

    /** Configures {@code builder}. */
    void extend(DocxRenderer.Builder builder);
}
