package io.github.fazhi.paged;

import io.github.fazhi.render.layout.FontRole;
import java.util.ArrayList;
import java.util.List;

/** The report as a flow of blocks before line breaking: what {@link PagedWriter} collects. */
final class Flow {

    private Flow() {}

    enum Align {
        JUSTIFY,
        LEFT,
        RIGHT,
        CENTRE
    }

    /** Text in one role, belonging to one structure node. */
    record Piece(String text, FontRole role, int node) {}

    /** A paragraph or line; indents in points. A blank block is one empty grid line. */
    static final class Block {
        final List<Piece> pieces = new ArrayList<>();
        final Align align;
        final double firstIndent;
        final double leftIndent;
        final double rightIndent;
        final boolean blank;
        boolean keepWithNext;
        boolean keepTogether;

        Block(Align align, double firstIndent, double leftIndent, double rightIndent, boolean blank) {
            this.align = align;
            this.firstIndent = firstIndent;
            this.leftIndent = leftIndent;
            this.rightIndent = rightIndent;
            this.blank = blank;
        }
    }
}
