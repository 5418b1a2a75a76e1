package io.github.fazhi.docx;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.ReportRenderer;
import io.github.fazhi.render.layout.LayoutProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a report as a DOCX laid out as GB/T 9704-2012 wants it, ready to submit without reformatting; format
 * id {@code docx}, found by {@code Renderers.forFormat("docx")}. Built once with a builder, immutable and safe to
 * share between threads. Like the other renderers it renders one node type per node renderer, and an app can
 * replace any node's rendering ({@link Builder#nodeRendererFactory}, first registered wins) and fall back to
 * the built-in one ({@link DocxNodeRendererContext#renderDefault}).
 *
 * <pre>{@code
 * DocxRenderer submission = DocxRenderer.builder().build();            // GB/T 9704, 主送机关 printed
 * DocxRenderer web = DocxRenderer.builder().webVersion().build();      // without the 主送机关 line
 * DocxRenderer local = DocxRenderer.builder().layout(LayoutProfile.localPlainFonts()).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("report.docx"))) {
 *     submission.render(report, out);
 * }
 * byte[] bytes = web.renderToBytes(report);
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
 *
 * <p>Without app node renderers the package is written as text: the parts the layout alone decides (styles, font
 * table, footers, section properties) are prepared at the renderer's first rendering, and each rendering streams
 * the paragraphs. With them it is built in Apache POI, whose paragraphs {@link DocxWriter} hands out; both write
 * the same bytes.
 */
public final class DocxRenderer implements ReportRenderer {

    /** The format id under which this renderer is found. */
    public static final String FORMAT_ID = "docx";

    /** The DOCX format: {@code docx}, its media type and file extension. */
    public static final RenderFormat FORMAT = RenderFormat.binary(
            FORMAT_ID, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final DocxRenderer STANDARD = builder().build();

    private final LayoutProfile layout;
    private final List<DocxNodeRendererFactory> factories;
    /** The parts the layout alone decides, prepared at the first rendering without app node renderers. */
    private volatile Optional<PreparedParts> prepared = Optional.empty();

    private DocxRenderer(LayoutProfile layout, List<DocxNodeRendererFactory> factories) {
        this.layout = layout;
        this.factories = List.copyOf(factories);
    }

    /** The GB/T 9704-2012 submission version. */
    public static DocxRenderer standard() {
        return STANDARD;
    }

    /** A builder for a renderer with another layout or version. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RenderFormat format() {
        return FORMAT;
    }

    /** The layout this renderer uses. */
    public LayoutProfile layout() {
        return layout;
    }

    /**
     * Writes {@code report} as a DOCX to {@code out}, which is flushed and stays open.
     *
     * @throws IOException when writing to {@code out} fails
     */
    @Override
    public void render(AnnualReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        if (factories.isEmpty()) {
            // no app node renderer needs POI's paragraphs: the parts are written as text
            prepared().write(report, out);
        } else {
            DocxRendering.write(report, layout, factories, out);
        }
    }

    /** Prepared once; two threads rendering first at once may both prepare the same parts. */
    private PreparedParts prepared() {
        Optional<PreparedParts> p = prepared;
        if (p.isEmpty()) {
            p = Optional.of(PreparedParts.of(layout));
            prepared = p;
        }
        return p.get();
    }

    /** Builds a {@link DocxRenderer}; not thread-safe. */
    public static final class Builder {
        private LayoutProfile layout = LayoutProfile.gbt9704();
        private Optional<Boolean> addressee = Optional.empty();
        private final List<DocxNodeRendererFactory> factories = new ArrayList<>();

        private Builder() {}

        /** Registers a node renderer factory; for a node type, the first registered wins over later ones and the default. */
        public Builder nodeRendererFactory(DocxNodeRendererFactory factory) {
            factories.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /** Applies those of {@code extensions} that are {@link DocxRendererExtension}s, in order. */
        public Builder extensions(Iterable<? extends RendererExtension> extensions) {
            for (RendererExtension e : extensions) {
                if (e instanceof DocxRendererExtension d) {
                    d.extend(this);
                }
            }
            return this;
        }

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

        /** The renderer, immutable and safe to share between threads. */
        public DocxRenderer build() {
            LayoutProfile l = addressee
                    .map(a -> layout.toBuilder().addresseeLine(a).build())
                    .orElse(layout);
            return new DocxRenderer(l, factories);
        }
    }
}
