package io.github.fazhi.paged;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.paged.Flow.Block;
import io.github.fazhi.paged.Flow.Piece;
import io.github.fazhi.paged.internal.PagedMessages;
import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Lays a report out on GB/T 9704 pages for the PDF and OFD renderers: renders its nodes into blocks, chooses the
 * face of every role from the profile's font names and fallbacks, checks every character against its face
 * (before anything is written), breaks the blocks into lines and the lines into pages, and numbers the pages.
 * Stateless and safe to call from several threads.
 *
 * <pre>{@code
 * LaidOutReport laid = PagedLayout.layout(report, LayoutProfile.gbt9704(), FontLibrary.system(), List.of(), Locale.CHINA);
 * laid.faces(); // the face of each role
 * }</pre>
 */
public final class PagedLayout {

    private PagedLayout() {}

    /**
     * The report laid out.
     *
     * @throws GlyphCheckException when a character is missing from its face (and, if the profile allows falling
     *     back, from every other face)
     * @throws FontUnavailableException when no face is installed for a font the profile names
     */
    public static LaidOutReport layout(
            AnnualReport report,
            LayoutProfile layout,
            FontLibrary library,
            List<PagedNodeRendererFactory> factories,
            Locale locale) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(locale, "locale");
        PagedRendering rendering = new PagedRendering(report, layout, List.copyOf(factories));
        rendering.run();
        PagedWriter writer = rendering.writer();
        FaceChooser faces = new FaceChooser(layout, library, PagedMessages.of(locale));
        for (Block b : writer.blocks()) {
            for (Piece piece : b.pieces) {
                faces.check(piece.text(), piece.role());
            }
        }
        LineBreaker breaker = new LineBreaker(layout, faces);
        Paginator paginator = new Paginator(layout, breaker);
        List<LineBreaker.Line> lines = new ArrayList<>();
        for (Block b : writer.blocks()) {
            lines.addAll(breaker.lines(b));
        }
        // page numbers: check every digit once, whatever the number of pages
        faces.check(paginator.pageNumberText(1234567890), FontRole.PAGE_NUMBER);
        List<LaidOutReport.Page> pages = paginator.paginate(lines);
        return new LaidOutReport(layout, pages, writer.structure(), faces.uses(), faces.warnings());
    }
}
