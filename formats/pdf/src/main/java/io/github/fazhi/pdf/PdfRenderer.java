package io.github.fazhi.pdf;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.paged.FontLibrary;
import io.github.fazhi.paged.LaidOutReport;
import io.github.fazhi.paged.PagedLayout;
import io.github.fazhi.paged.PagedNodeRendererFactory;
import io.github.fazhi.paged.PagedRenderResult;
import io.github.fazhi.pdf.internal.render.PdfPainter;
import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.ReportRenderer;
import io.github.fazhi.render.layout.LayoutProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 * {@code — n —} in 4号 宋体 on the outer side, the sign-off unsealed or sealed as the {@link LayoutProfile} says.
 * All of it comes from {@code fazhi-paged}'s {@link PagedLayout}, which the OFD renderer shares.
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
public final class PdfRenderer implements ReportRenderer {

    /** The format id under which this renderer is found. */
    public static final String FORMAT_ID = "pdf";

    /** The PDF format. */
    public static final RenderFormat FORMAT = RenderFormat.binary(FORMAT_ID, "application/pdf", "pdf");

    private final LayoutProfile layout;
    private final Optional<FontLibrary> fonts;
    private final List<PagedNodeRendererFactory> factories;
    private final boolean pdfA;
    private final Locale locale;
    private final Clock clock;

    private PdfRenderer(Builder b, LayoutProfile layout) {
        this.layout = layout;
        this.fonts = b.fonts;
        this.factories = List.copyOf(b.factories);
        this.pdfA = b.pdfA;
        this.locale = b.locale;
        this.clock = b.clock;
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

    /** The layout this renderer uses. */
    public LayoutProfile layout() {
        return layout;
    }

    /** Whether the PDF conforms to PDF/A-2b. */
    public boolean pdfA() {
        return pdfA;
    }

    /**
     * Writes {@code report} as a PDF to {@code out}, which is flushed and stays open.
     *
     * @throws io.github.fazhi.paged.GlyphCheckException when a face lacks a character (nothing is written)
     * @throws io.github.fazhi.paged.FontUnavailableException when no face is installed for a font
     * @throws IOException when writing fails
     */
    @Override
    public void render(AnnualReport report, OutputStream out) throws IOException {
        renderWithResult(report, out);
    }

    /** Writes {@code report} as {@link #render} does and says which faces it used and what it had to substitute. */
    public PagedRenderResult renderWithResult(AnnualReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        LaidOutReport laid = layOut(report);
        PdfPainter.paint(report, laid, pdfA, clock.instant(), out);
        out.flush();
        return PagedRenderResult.of(laid);
    }

    /** The report laid out as this renderer would write it (no PDF is made). */
    public LaidOutReport layOut(AnnualReport report) {
        return PagedLayout.layout(report, layout, fonts.orElseGet(FontLibrary::system), factories, locale);
    }

    /** Builds a {@link PdfRenderer}; not thread-safe. */
    public static final class Builder {
        private LayoutProfile layout = LayoutProfile.gbt9704();
        private Optional<Boolean> addressee = Optional.empty();
        private Optional<FontLibrary> fonts = Optional.empty();
        private final List<PagedNodeRendererFactory> factories = new ArrayList<>();
        private boolean pdfA;
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {}

        /** Registers a node renderer factory; for a node type, the first registered wins. */
        public Builder nodeRendererFactory(PagedNodeRendererFactory factory) {
            factories.add(Objects.requireNonNull(factory, "factory"));
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

        /** The layout (default {@link LayoutProfile#gbt9704()}). */
        public Builder layout(LayoutProfile value) {
            layout = Objects.requireNonNull(value, "layout");
            return this;
        }

        /** Where faces are found (default {@link FontLibrary#system()}). */
        public Builder fonts(FontLibrary value) {
            fonts = Optional.of(Objects.requireNonNull(value, "fonts"));
            return this;
        }

        /** Whether the PDF conforms to PDF/A-2b, for archiving (default false). */
        public Builder pdfA(boolean value) {
            pdfA = value;
            return this;
        }

        /** The language of error and warning messages (default Chinese). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** The clock the creation date is read from (default the system clock). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The submission version: the 主送机关 line is printed, whatever the layout says. */
        public Builder submissionVersion() {
            addressee = Optional.of(true);
            return this;
        }

        /** The web version: no 主送机关 line, whatever the layout says. */
        public Builder webVersion() {
            addressee = Optional.of(false);
            return this;
        }

        public PdfRenderer build() {
            LayoutProfile l = addressee
                    .map(a -> layout.toBuilder().addresseeLine(a).build())
                    .orElse(layout);
            return new PdfRenderer(this, l);
        }
    }
}
