package io.github.fazhi.render.docx;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.render.docx.internal.DocxWriting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a report as a DOCX laid out as GB/T 9704-2012 wants it, ready to submit without reformatting.
 * Built once with a builder, immutable and safe to share between threads.
 *
 * <pre>{@code
 * DocxRenderer submission = DocxRenderer.builder().build();            // GB/T 9704, 主送机关 printed
 * DocxRenderer web = DocxRenderer.builder().webVersion().build();      // without the 主送机关 line
 * DocxRenderer local = DocxRenderer.builder().layout(LayoutProfile.localPlainFonts()).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("report.docx"))) {
 *     submission.render(report, out);
 * }
 * }</pre>
 *
 * <p>What it writes: header lines before the title (centred), the title in the title font, centred, split at
 * phrase boundaries into a trapezoid when it is too long for one line (unless the title already has its own
 * lines), a blank line, the addressee line (submission version only), the preamble, each section's heading
 * in the built-in heading style of its level (so Word and WPS list it in the navigation pane) with its label
 * as text ({@code 一、}, {@code （一）}, {@code 1.}, {@code （1）}), run-in headings as a heading-font run followed
 * by a body-font run in one paragraph, body paragraphs with the first-line indent, the sign-off after one
 * blank line (geometry in {@link LayoutProfile}), and the text after it. Every paragraph of the model is one
 * paragraph of the document, so {@link DocxReportReader} reads the same report back. Page numbers
 * {@code — n —} stand in separate odd and even footers.
 */
public final class DocxRenderer {

    /** The format id under which this renderer is found. */
    public static final String FORMAT_ID = "docx";

    private static final DocxRenderer STANDARD = builder().build();

    private final LayoutProfile layout;

    private DocxRenderer(LayoutProfile layout) {
        this.layout = layout;
    }

    /** The GB/T 9704-2012 submission version. */
    public static DocxRenderer standard() {
        return STANDARD;
    }

    /** A builder for a renderer with another layout or version. */
    public static Builder builder() {
        return new Builder();
    }

    /** The format id, {@code docx}. */
    public String formatId() {
        return FORMAT_ID;
    }

    /** The layout this renderer uses. */
    public LayoutProfile layout() {
        return layout;
    }

    /**
     * Writes {@code report} as a DOCX to {@code out}, which stays open.
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public void render(AnnualReport report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            DocxWriting.write(report, layout, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as DOCX bytes. */
    public byte[] render(AnnualReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        render(report, out);
        return out.toByteArray();
    }

    /** Builds a {@link DocxRenderer}; not thread-safe. */
    public static final class Builder {
        private LayoutProfile layout = LayoutProfile.gbt9704();
        private Optional<Boolean> addressee = Optional.empty();

        private Builder() {}

        /** The layout (default {@link LayoutProfile#gbt9704()}). */
        public Builder layout(LayoutProfile value) {
            layout = Objects.requireNonNull(value, "layout");
            return this;
        }

        /** The submission version: the 主送机关 line is printed after the title, whatever the layout says. */
        public Builder submissionVersion() {
            addressee = Optional.of(true);
            return this;
        }

        /** The web version: no 主送机关 line, whatever the layout says. */
        public Builder webVersion() {
            addressee = Optional.of(false);
            return this;
        }

        public DocxRenderer build() {
            LayoutProfile l = addressee
                    .map(a -> layout.toBuilder().addresseeLine(a).build())
                    .orElse(layout);
            return new DocxRenderer(l);
        }
    }
}
