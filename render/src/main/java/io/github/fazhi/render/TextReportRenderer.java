package io.github.fazhi.render;

import io.github.fazhi.core.AnnualReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A renderer of a text format (plain text, Markdown, HTML): besides bytes it renders to any
 * {@link Appendable} and to a string.
 *
 * <pre>{@code
 * TextReportRenderer md = MarkdownRenderer.builder().build();
 * String markdown = md.renderToString(report);
 * md.render(report, System.out);          // as UTF-8 bytes
 * md.render(report, new StringBuilder()); // as characters
 * }</pre>
 */
public interface TextReportRenderer extends ReportRenderer {

    /**
     * Renders {@code report} to {@code out}.
     *
     * @throws UncheckedIOException when {@code out} throws an {@link IOException}
     */
    void render(AnnualReport report, Appendable out);

    /** The rendered report as a string. */
    default String renderToString(AnnualReport report) {
        StringBuilder out = new StringBuilder(16 * 1024);
        render(report, out);
        return out.toString();
    }

    /** Renders {@code report} to {@code out} encoded in the format's character set; flushes, does not close. */
    @Override
    default void render(AnnualReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, format().charset().orElse(StandardCharsets.UTF_8));
        try {
            render(report, writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }
}
