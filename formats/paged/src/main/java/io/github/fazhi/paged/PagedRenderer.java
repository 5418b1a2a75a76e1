package io.github.fazhi.paged;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.render.ReportRenderer;
import io.github.fazhi.render.layout.LayoutProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the PDF and OFD renderers share: the layout, where fonts are found, the node renderers, the language of
 * messages and the clock the creation date comes from, and the rendering itself — lay out with
 * {@link PagedLayout}, then paint in the format. Subclasses are immutable and safe to share between threads.
 *
 * <pre>{@code
 * PagedRenderer pdf = PdfRenderer.builder().webVersion().build();
 * PagedRenderResult r = pdf.renderWithResult(report, out);
 * LaidOutReport pages = pdf.layOut(report); // what it would paint
 * }</pre>
 */
public abstract class PagedRenderer implements ReportRenderer {

    private final LayoutProfile layout;
    private final Optional<FontLibrary> fonts;
    private final List<PagedNodeRendererFactory> factories;
    private final Locale locale;
    private final Clock clock;

    /** A renderer with {@code b}'s settings. */
    protected PagedRenderer(Builder<?, ?> b) {
        this.layout = b.addressee
                .map(a -> b.layout.toBuilder().addresseeLine(a).build())
                .orElse(b.layout);
        this.fonts = b.fonts;
        this.factories = List.copyOf(b.factories);
        this.locale = b.locale;
        this.clock = b.clock;
    }

    /** The layout this renderer uses. */
    public LayoutProfile layout() {
        return layout;
    }

    /**
     * Writes {@code report} to {@code out}, which is flushed and stays open.
     *
     * @throws GlyphCheckException when a face lacks a character (nothing is written)
     * @throws FontUnavailableException when no face is installed for a font
     * @throws IOException when writing fails
     */
    @Override
    public void render(AnnualReport report, OutputStream out) throws IOException {
        renderWithResult(report, out);
    }

    /** Writes {@code report} as {@link #render} does and says which faces it used and what it substituted. */
    public PagedRenderResult renderWithResult(AnnualReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        LaidOutReport laid = layOut(report);
        paint(report, laid, clock.instant(), out);
        out.flush();
        return PagedRenderResult.of(laid);
    }

    /** The report laid out as this renderer would write it; nothing is written. */
    public LaidOutReport layOut(AnnualReport report) {
        return PagedLayout.layout(report, layout, fonts.orElseGet(FontLibrary::system), factories, locale);
    }

    /** Writes the laid-out report in this renderer's format. */
    protected abstract void paint(AnnualReport report, LaidOutReport laid, Instant created, OutputStream out)
            throws IOException;

    /**
     * The settings every paged renderer's builder has; not thread-safe.
     *
     * @param <B> the builder's own type
     * @param <R> the renderer it builds
     */
    public abstract static class Builder<B extends Builder<B, R>, R extends PagedRenderer> {
        private LayoutProfile layout = LayoutProfile.gbt9704();
        private Optional<Boolean> addressee = Optional.empty();
        private Optional<FontLibrary> fonts = Optional.empty();
        private final List<PagedNodeRendererFactory> factories = new ArrayList<>();
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private Clock clock = Clock.systemDefaultZone();

        /** A builder with the defaults. */
        protected Builder() {}

        /** This builder. */
        protected abstract B self();

        /** Registers a node renderer factory; for a node type, the first registered wins. */
        public B nodeRendererFactory(PagedNodeRendererFactory factory) {
            factories.add(Objects.requireNonNull(factory, "factory"));
            return self();
        }

        /** The layout (default {@link LayoutProfile#gbt9704()}). */
        public B layout(LayoutProfile value) {
            layout = Objects.requireNonNull(value, "layout");
            return self();
        }

        /** Where faces are found (default {@link FontLibrary#system()}). */
        public B fonts(FontLibrary value) {
            fonts = Optional.of(Objects.requireNonNull(value, "fonts"));
            return self();
        }

        /** The language of error and warning messages (default Chinese). */
        public B locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return self();
        }

        /** The clock the creation date is read from (default the system clock). */
        public B clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return self();
        }

        /** The submission version: the 主送机关 line is printed, whatever the layout says. */
        public B submissionVersion() {
            addressee = Optional.of(true);
            return self();
        }

        /** The web version: no 主送机关 line, whatever the layout says. */
        public B webVersion() {
            addressee = Optional.of(false);
            return self();
        }

        /** The renderer. */
        public abstract R build();
    }
}
