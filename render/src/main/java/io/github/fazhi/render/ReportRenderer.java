package io.github.fazhi.render;

import io.github.fazhi.core.AnnualReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders an {@link AnnualReport} in one format. Every renderer is configured once through its
 * builder, is immutable afterwards and can be shared between threads; build it once and keep it.
 *
 * <p>This is the interface every format implements, binary ones such as DOCX included. Text formats
 * implement {@link TextReportRenderer}, which adds rendering to an {@link Appendable} and to a string.
 *
 * <pre>{@code
 * ReportRenderer renderer = Renderers.forFormat("html");
 * try (OutputStream out = Files.newOutputStream(Path.of("report." + renderer.format().fileExtension()))) {
 *     renderer.render(report, out);
 * }
 * }</pre>
 */
public interface ReportRenderer {

    /** The format this renderer produces. */
    RenderFormat format();

    /** The format id, the same as {@code format().id()}. */
    default String formatId() {
        return format().id();
    }

    /**
     * Renders {@code report} to {@code out}. The stream is flushed, not closed.
     *
     * @throws IOException when writing to {@code out} fails
     */
    void render(AnnualReport report, OutputStream out) throws IOException;

    /** The rendered report as bytes (for a text format, encoded in {@code format().charset()}). */
    default byte[] renderToBytes(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
