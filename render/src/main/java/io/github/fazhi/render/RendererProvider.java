package io.github.fazhi.render;

import java.util.List;

/**
 * Makes renderers of one format available to {@link Renderers} through {@link java.util.ServiceLoader}.
 * A format module lists its provider in {@code META-INF/services/io.github.fazhi.render.RendererProvider}.
 * Implementations need a public no-argument constructor.
 *
 * <pre>{@code
 * public final class OfdRendererProvider implements RendererProvider {
 *     public RenderFormat format() { return RenderFormat.binary("ofd", "application/ofd", "ofd"); }
 *     public ReportRenderer create(List<? extends RendererExtension> extensions) {
 *         return OfdRenderer.builder().extensions(extensions).build();
 *     }
 * }
 * }</pre>
 */
public interface RendererProvider {

    /** The format the renderers made here produce. */
    RenderFormat format();

    /** A renderer with the default configuration plus those of {@code extensions} that apply to this format. */
    ReportRenderer create(List<? extends RendererExtension> extensions);

    /** A renderer with the default configuration. */
    default ReportRenderer create() {
        return create(List.of());
    }
}
