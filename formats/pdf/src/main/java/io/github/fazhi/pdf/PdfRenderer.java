package io.github.fazhi.pdf;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.paged.LaidOutReport;
import io.github.fazhi.paged.PagedRenderer;
import io.github.fazhi.pdf.internal.render.PdfPainter;
import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Writes a report as a PDF laid out as GB/T 9704-2012 wants it; format id {@code pdf}, found by
 * {@code Renderers.forFormat("pdf")}. Built once with a builder, immutable and safe to share between threads.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.builder().build();                       // GB/T 9704, fonts from this machine
 * PdfRenderer archive = PdfRenderer.builder().pdfA(true).webVersion().build();
 * PdfRenderer mine = PdfRenderer.builder()
 *         .layout(LayoutProfile.gbt9704().toBuilder().fontPath("仿宋_GB2312", Path.of("/opt/fonts/fs_GB2312.ttf")).build())
 *         .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("report.pdf"))) {
 *     PagedRenderResult r = pdf.renderWithResult(report, out);
 *     r.faces(); // which face was used for each role
 * }
 * }</pre>
 *
 * <p>The page: A4, margins 37/35/28/26 mm, 22 lines of 28 characters, the title in 2号 小标宋 centred and split at
 * phrase boundaries, body in 3号 仿宋, level-1 headings in 黑体 and level-2 in 楷体, digits and Latin letters in
 * Times New Roman (or its metric twin Liberation Serif), lines broken by the 公文 rules, page numbers
 * {@code — n —} in 4号 宋体 on the outer side, the sign-off unsealed or sealed as the {@link io.github.fazhi.render.layout.LayoutProfile} says.
 * All of it comes from {@code fazhi-paged}'s {@link io.github.fazhi.paged.PagedLayout}, which the OFD renderer shares.
 *
 * <p>Fonts are embedded as subsets. Each face is found on this machine by the profile's font names and their
 * fallbacks, or taken from the file the profile gives; before anything is written every character is checked
 * against its face, and a missing one is a {@link io.github.fazhi.paged.GlyphCheckException} naming the
 * characters and the font (or, under {@code GlyphPolicy.WARN_AND_FALL_BACK}, taken from another face with a
 * warning in the result) — never a box. The PDF is tagged (structure tree: {@code H1} title, {@code H2} to
 * {@code H5} headings, {@code P} paragraphs, in reading order; page numbers are artifacts), has bookmarks for the
 * headings, its title, author (the issuer), language {@code zh-CN} and creation date, and optionally conforms to
 * PDF/A-2b (XMP metadata and an sRGB output intent).
 */
public final class PdfRenderer extends PagedRenderer {

    /** The format id under which this renderer is found. */
    public static final String FORMAT_ID = "pdf";

    /** The PDF format. */
    public static final RenderFormat FORMAT = RenderFormat.binary(FORMAT_ID, "application/pdf", "pdf");

    private final boolean pdfA;

    private PdfRenderer(Builder b) {
        super(b);
        this.pdfA = b.pdfA;
    }

    /** A renderer with the GB/T 9704 layout and the machine's fonts. */
    public static PdfRenderer standard() {
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

    /** Whether the PDF conforms to PDF/A-2b. */
    public boolean pdfA() {
        return pdfA;
    }

    @Override
    protected void paint(AnnualReport report, LaidOutReport laid, Instant created, OutputStream out)
            throws IOException {
        PdfPainter.paint(report, laid, pdfA, created, out);
    }

    /** Builds a {@link PdfRenderer}; not thread-safe. */
    public static final class Builder extends PagedRenderer.Builder<Builder, PdfRenderer> {
        private boolean pdfA;

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /** Applies those of {@code extensions} that are {@link PdfRendererExtension}s, in order. */
        public Builder extensions(Iterable<? extends RendererExtension> extensions) {
            for (RendererExtension e : extensions) {
                if (e instanceof PdfRendererExtension p) {
                    p.extend(this);
                }
            }
            return this;
        }

        /** Whether the PDF conforms to PDF/A-2b, for archiving (default false). */
        public Builder pdfA(boolean value) {
            pdfA = value;
            return this;
        }

        @Override
        public PdfRenderer build() {
            return new PdfRenderer(this);
        }
    }
}
