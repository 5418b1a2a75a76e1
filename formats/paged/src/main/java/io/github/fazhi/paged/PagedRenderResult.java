package io.github.fazhi.paged;

import java.util.List;
import java.util.Objects;

/**
 * What a PDF or OFD rendering did: how many pages it wrote, which face it used for each role and script, and
 * which characters it took from another face (only under {@code GlyphPolicy.WARN_AND_FALL_BACK}).
 *
 * <pre>{@code
 * PagedRenderResult r = PdfRenderer.standard().renderWithResult(report, out);
 * r.pages();                      // 4
 * r.faces().get(0).face().name(); // "AR PL UMing CN"
 * r.warnings();                   // [] with the default GlyphPolicy.ERROR
 * }</pre>
 *
 * @param pages the number of pages
 * @param faces the face used for each role and script
 * @param warnings characters taken from another face
 */
public record PagedRenderResult(int pages, List<FaceUse> faces, List<GlyphWarning> warnings) {

    /** Copies the lists and checks that the page count is not negative. */
    public PagedRenderResult {
        faces = List.copyOf(faces);
        warnings = List.copyOf(warnings);
        Objects.checkIndex(0, Math.max(1, pages + 1));
    }

    /** The result of painting {@code laid}. */
    public static PagedRenderResult of(LaidOutReport laid) {
        return new PagedRenderResult(laid.pages().size(), laid.faces(), laid.warnings());
    }
}
