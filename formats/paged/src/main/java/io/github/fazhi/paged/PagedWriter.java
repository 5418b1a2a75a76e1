package io.github.fazhi.paged;

import io.github.fazhi.paged.Flow.Align;
import io.github.fazhi.paged.Flow.Block;
import io.github.fazhi.paged.Flow.Piece;
import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the blocks of one PDF or OFD rendering, in the layout's fonts, onto the GB/T 9704 grid: paragraphs with
 * the first-line indent, justified, broken into lines by the 公文 rules; headings; centred, flush-left and indented
 * lines; blank lines. Node renderers get it from {@link PagedNodeRendererContext#writer()}; it is made anew for
 * each rendering and is not thread-safe. Each block becomes a node of the PDF's structure tree ({@code H1} for
 * the title, {@code H2} to {@code H5} for headings by depth, {@code P} for the rest).
 *
 * <pre>{@code
 * PagedNodeRendererFactory note = context -> NodeRenderer.of(NodeType.TRAILING, report -> {
 *     context.renderDefault(NodeType.TRAILING, report);
 *     context.writer().blankLine();
 *     context.writer().paragraph("（此件公开发布）");
 * });
 * }</pre>
 */
public final class PagedWriter {

    /** Where a single line stands. */
    public enum Alignment {
        /** Flush left, no indent. */
        LEFT,
        /** Centred in the type area. */
        CENTRE,
        /** Flush right. */
        RIGHT
    }

    private final LayoutProfile layout;
    private final List<Block> blocks = new ArrayList<>();
    private final List<LaidOutReport.StructureNode> structure = new ArrayList<>();
    private Block openRunIn;

    PagedWriter(LayoutProfile layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** The layout of this rendering. */
    public LayoutProfile layout() {
        return layout;
    }

    private double chars(double n) {
        return n * layout.charPitchPoints();
    }

    private int node(String tag, String elementId) {
        structure.add(new LaidOutReport.StructureNode(tag, elementId));
        return structure.size() - 1;
    }

    private Block add(Block b) {
        openRunIn = null;
        blocks.add(b);
        return b;
    }

    /**
     * A body paragraph holding {@code text}, indented and justified; right after {@link #runInHeading} it is the
     * rest of that paragraph.
     */
    public void paragraph(String text) {
        paragraph(text, "");
    }

    /** A body paragraph as {@link #paragraph(String)}, tagged with the id of the report element it shows. */
    public void paragraph(String text, String elementId) {
        if (openRunIn != null) {
            Block b = openRunIn;
            openRunIn = null;
            b.pieces.add(new Piece(text, FontRole.BODY, node("P", elementId)));
            return;
        }
        Block b = add(new Block(Align.JUSTIFY, chars(layout.firstLineIndentChars()), 0, 0, false));
        b.pieces.add(new Piece(text, FontRole.BODY, node("P", elementId)));
    }

    /** A stand-alone heading at {@code level} (1 to 4) in the level's font; it keeps with what follows. */
    public void heading(int level, String text) {
        heading(level, text, "");
    }

    /** A stand-alone heading as {@link #heading(int, String)}, tagged with the section's id. */
    public void heading(int level, String text, String elementId) {
        Block b = add(new Block(Align.JUSTIFY, chars(layout.firstLineIndentChars()), 0, 0, false));
        b.keepWithNext = true;
        b.keepTogether = true;
        b.pieces.add(new Piece(text, FontRole.heading(level), node("H" + (level + 1), elementId)));
    }

    /**
     * Starts a paragraph with the heading {@code text} at {@code level} in the level's font; the next
     * {@link #paragraph} continues it in the body font ({@code （一）坚持思想引领。局党组…}). The heading is a
     * heading node of its own in the structure tree.
     */
    public void runInHeading(int level, String text, String elementId) {
        Block b = add(new Block(Align.JUSTIFY, chars(layout.firstLineIndentChars()), 0, 0, false));
        b.pieces.add(new Piece(text, FontRole.heading(level), node("H" + (level + 1), elementId)));
        openRunIn = b;
    }

    /** The title over {@code lines}, each centred in the title font, as one {@code H1}; the lines keep together. */
    public void title(List<String> lines, String elementId) {
        int n = node("H1", elementId);
        for (int i = 0; i < lines.size(); i++) {
            Block b = add(new Block(Align.CENTRE, 0, 0, 0, false));
            b.keepTogether = true;
            b.keepWithNext = i < lines.size() - 1;
            b.pieces.add(new Piece(lines.get(i), FontRole.TITLE, n));
        }
    }

    /** A line of {@code text} in {@code role}'s font (wrapped if it is too long), without the first-line indent. */
    public void line(String text, FontRole role, Alignment alignment) {
        line(text, role, alignment, "");
    }

    /** A line as {@link #line(String, FontRole, Alignment)}, tagged with the id of the element it shows. */
    public void line(String text, FontRole role, Alignment alignment, String elementId) {
        Align a = switch (alignment) {
            case LEFT -> Align.LEFT;
            case CENTRE -> Align.CENTRE;
            case RIGHT -> Align.RIGHT;
        };
        Block b = add(new Block(a, 0, 0, 0, false));
        b.pieces.add(new Piece(text, role, node("P", elementId)));
    }

    /**
     * A line in the body font indented {@code halfChars} half characters: from the left edge when
     * {@code leftAligned}, else from the right edge, right-aligned (the sign-off lines of {@code SignOffGeometry}).
     */
    public void indentedLine(String text, boolean leftAligned, int halfChars, String elementId) {
        double indent = chars(halfChars / 2.0);
        Block b = add(
                leftAligned ? new Block(Align.LEFT, 0, indent, 0, false) : new Block(Align.RIGHT, 0, 0, indent, false));
        b.pieces.add(new Piece(text, FontRole.BODY, node("P", elementId)));
    }

    /** One empty line. */
    public void blankLine() {
        add(new Block(Align.LEFT, 0, 0, 0, true));
    }

    /** Keeps the last block written on the same page as the next one. */
    public void keepWithNext() {
        if (!blocks.isEmpty()) {
            blocks.get(blocks.size() - 1).keepWithNext = true;
        }
    }

    List<Block> blocks() {
        return blocks;
    }

    List<LaidOutReport.StructureNode> structure() {
        return List.copyOf(structure);
    }
}
