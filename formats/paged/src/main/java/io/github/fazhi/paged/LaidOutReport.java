package io.github.fazhi.paged;

import io.github.fazhi.render.layout.LayoutProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A report laid out on pages: every glyph run with its face, size and position, the structure nodes (headings
 * and paragraphs in reading order) the runs belong to, the faces used and any glyph warnings. The PDF and OFD
 * renderers paint this, so both put every character in the same place. Positions are in points from the top-left
 * corner of the page; {@code baseline} is the y of the text's baseline.
 *
 * <pre>{@code
 * LaidOutReport laid = PagedLayout.layout(report, LayoutProfile.gbt9704(), FontLibrary.system(), List.of(), Locale.CHINA);
 * laid.pages().size();                       // 3
 * laid.pages().get(0).runs().get(0).text();  // "清河区司法局"
 * }</pre>
 *
 * @param layout the profile it was laid out with
 * @param pages the pages, in order
 * @param structure the structure nodes in reading order; a run's {@code node} indexes this list
 * @param faces the face used for each role and script
 * @param warnings characters taken from another face than their role's
 */
public record LaidOutReport(
        LayoutProfile layout,
        List<Page> pages,
        List<StructureNode> structure,
        List<FaceUse> faces,
        List<GlyphWarning> warnings) {

    /** Checks for nulls and copies the lists. */
    public LaidOutReport {
        Objects.requireNonNull(layout, "layout");
        pages = List.copyOf(pages);
        structure = List.copyOf(structure);
        faces = List.copyOf(faces);
        warnings = List.copyOf(warnings);
    }

    /** The page width in points (A4: 595.28). */
    public double pageWidth() {
        return layout.paperWidthMm() / 25.4 * 72;
    }

    /** The page height in points (A4: 841.89). */
    public double pageHeight() {
        return layout.paperHeightMm() / 25.4 * 72;
    }

    /** The distinct faces the runs use, in order of first use. */
    public List<FontFace> usedFaces() {
        return pages.stream()
                .flatMap(p -> p.runs().stream())
                .map(Run::face)
                .distinct()
                .toList();
    }

    /**
     * One page.
     *
     * @param number the page number, from 1
     * @param runs the glyph runs, in reading order; the page number's run comes last, with node −1
     * @param lines how many grid lines the page's body uses (22 on a full page)
     */
    public record Page(int number, List<Run> runs, int lines) {
        /** Copies the runs. */
        public Page {
            runs = List.copyOf(runs);
        }
    }

    /**
     * Glyphs of one face and size on one line, belonging to one structure node.
     *
     * @param face the face
     * @param size the size in points
     * @param baseline the baseline's y, from the top of the page
     * @param text the characters, one glyph each
     * @param x each character's x, from the left edge of the page (as many as {@code text} has code points)
     * @param end the x where the run's last glyph ends
     * @param node the index of the structure node in {@link LaidOutReport#structure()}, or −1 for page furniture
     *     (the page number)
     */
    public record Run(FontFace face, double size, double baseline, String text, double[] x, double end, int node) {
        /** Checks for nulls and copies the positions. */
        public Run {
            Objects.requireNonNull(face, "face");
            Objects.requireNonNull(text, "text");
            x = x.clone();
            if (x.length != text.codePointCount(0, text.length())) {
                throw new IllegalArgumentException("one x per code point expected");
            }
        }

        /** Each character's x (a copy). */
        @Override
        public double[] x() {
            return x.clone();
        }

        /** The code points of the run. */
        public int[] codePoints() {
            return text.codePoints().toArray();
        }

        /** The advance from each glyph to the next (and, for the last one, to {@link #end()}). */
        public double[] advances() {
            double[] a = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                a[i] = (i + 1 < x.length ? x[i + 1] : end) - x[i];
            }
            return a;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Run r
                    && r.face.equals(face)
                    && r.size == size
                    && r.baseline == baseline
                    && r.text.equals(text)
                    && Arrays.equals(r.x, x)
                    && r.end == end
                    && r.node == node;
        }

        @Override
        public int hashCode() {
            return Objects.hash(face, size, baseline, text, end, node) * 31 + Arrays.hashCode(x);
        }

        @Override
        public String toString() {
            return "Run[" + text + " @" + Math.round(x.length == 0 ? 0 : x[0]) + "," + Math.round(baseline) + "]";
        }
    }

    /**
     * A node of the document's structure.
     *
     * @param tag {@code H1} (title), {@code H2} to {@code H5} (headings by depth) or {@code P}
     * @param elementId the id of the report element it shows ({@code s1.p2}), empty when it shows none
     */
    public record StructureNode(String tag, String elementId) {
        /** Checks for nulls. */
        public StructureNode {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(elementId, "elementId");
        }
    }
}
