package io.github.fazhi.ofd;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.ofd.internal.render.OfdPainter;
import io.github.fazhi.paged.LaidOutReport;
import io.github.fazhi.paged.PagedRenderer;
import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Writes a report as an OFD (GB/T 33190-2016) laid out as GB/T 9704-2012 wants it; format id {@code ofd}, found
 * by {@code Renderers.forFormat("ofd")}. Built once with a builder, immutable and safe to share between threads.
 *
 * <pre>{@code
 * OfdRenderer ofd = OfdRenderer.builder().build();
 * try (OutputStream out = Files.newOutputStream(Path.of("report.ofd"))) {
 *     PagedRenderResult r = ofd.renderWithResult(report, out);
 *     r.faces(); // which face was used for each role
 * }
 * }</pre>
 *
 * <p>The pages are those of the PDF renderer, character for character: both paint what {@code fazhi-paged}'s
 * {@link io.github.fazhi.paged.PagedLayout} lays out from the same {@code LayoutProfile} (A4, 37/35/28/26 mm,
 * 22 × 28, the fonts of each level, page numbers {@code — n —} on the outer side, the unsealed or sealed
 * sign-off). Each text object names its glyphs' positions exactly ({@code DeltaX}). Fonts are found and checked
 * the same way and embedded in the package as TrueType subsets. The package carries the title, author (the
 * issuer) and creation date in {@code OFD.xml}'s document information; ofdrw's {@code OFDReader} opens it.
 */
public final class OfdRenderer extends PagedRenderer {

    /** The format id under which this renderer is found. */
    public static final String FORMAT_ID = "ofd";

    /** The OFD format. */
    public static final RenderFormat FORMAT = RenderFormat.binary(FORMAT_ID, "application/ofd", "ofd");

    private OfdRenderer(Builder b) {
        super(b);
    }

    /** A renderer with the GB/T 9704 layout and the machine's fonts. */
    public static OfdRenderer standard() {
        return builder().build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RenderFormat format() {
        return FORMAT;
    }

    @Override
    protected void paint(AnnualReport report, LaidOutReport laid, Instant created, OutputStream out)
            throws IOException {
        OfdPainter.paint(report, laid, created, out);
    }

    /** Builds an {@link OfdRenderer}; not thread-safe. */
    public static final class Builder extends PagedRenderer.Builder<Builder, OfdRenderer> {

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /** Applies those of {@code extensions} that are {@link OfdRendererExtension}s, in order. */
        public Builder extensions(Iterable<? extends RendererExtension> extensions) {
            for (RendererExtension e : extensions) {
                if (e instanceof OfdRendererExtension o) {
                    o.extend(this);
                }
            }
            return this;
        }

        @Override
        public OfdRenderer build() {
            return new OfdRenderer(this);
        }
    }
}
