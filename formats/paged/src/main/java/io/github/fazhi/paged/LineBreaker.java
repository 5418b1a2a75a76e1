package io.github.fazhi.paged;

import io.github.fazhi.paged.Flow.Align;
import io.github.fazhi.paged.Flow.Block;
import io.github.fazhi.paged.Flow.Piece;
import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.TextWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a block into lines on the grid by the rules of Chinese typesetting as 公文 practice applies them: no
 * line starts with closing punctuation ({@code ，。、；：？！）》”} …) and none ends with opening punctuation
 * ({@code （《“} …); a run of digits or Latin letters is never split (unless it is longer than a line); {@code ——}
 * and {@code ……} stay whole. When a closing mark would start the next line it is pulled back into this one by
 * compressing the blank half of full-width punctuation inside the line (标点挤压; the line's last mark keeps its full
 * box), never by hanging it into the margin;
 * when that is not enough the last character moves down with it and the line is justified.
 */
final class LineBreaker {

    static final String NO_START = "，。、；：？！）》”’」』】〕〉］｝…‥·％%‰℃,.;:?!)]}";
    static final String NO_END = "（《“‘「『【〔〈［｛([{";
    /** Full-width marks whose glyph sits in the left half (closing): compressible on the right. */
    static final String COMPRESS_RIGHT = "，。、；：）》”’」』】〕〉";
    /** Full-width marks whose glyph sits in the right half (opening): compressible on the left. */
    static final String COMPRESS_LEFT = "（《“‘「『【〔〈";

    private static final double EPS = 0.01;

    private final LayoutProfile layout;
    private final FaceChooser faces;

    LineBreaker(LayoutProfile layout, FaceChooser faces) {
        this.layout = layout;
        this.faces = faces;
    }

    /** One glyph placed on a line; {@code x} is where its glyph is drawn, {@code advance} how far the next one is. */
    static final class Glyph {
        final int cp;
        final FontFace face;
        final double size;
        final int node;
        final double width;
        double x;
        double advance;
        /** How far the drawn glyph is moved left of its cell (a compressed opening mark). */
        double shift;

        Glyph(int cp, FontFace face, double size, int node, double width) {
            this.cp = cp;
            this.face = face;
            this.size = size;
            this.node = node;
            this.width = width;
            this.advance = width;
        }

        boolean space() {
            return Character.isWhitespace(cp) || cp == 0x3000;
        }

        boolean wordChar() {
            return TextWidth.isHalfWidth(cp) && !Character.isWhitespace(cp) && NO_START.indexOf(cp) < 0;
        }

        double compressible() {
            if (width < size * 0.7) {
                return 0;
            }
            return COMPRESS_RIGHT.indexOf(cp) >= 0 || COMPRESS_LEFT.indexOf(cp) >= 0 ? width / 2 : 0;
        }
    }

    /** A line: its glyphs (whitespace left out), and the largest size on it; a blank line has none. */
    record Line(List<Glyph> glyphs, double size, boolean keepWithNext) {}

    double tracking(FontRole role) {
        double size = layout.font(role).points();
        if (role == FontRole.TITLE
                || role == FontRole.PAGE_NUMBER
                || size != layout.body().points()) {
            return 0;
        }
        return Math.min(0, layout.charPitchPoints() - size);
    }

    List<Glyph> glyphs(String text, FontRole role, int node) {
        double size = layout.font(role).points();
        double tracking = tracking(role);
        List<Glyph> out = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\r' || cp == '\n') {
                cp = ' ';
            } else if (Character.isISOControl(cp)) {
                continue;
            }
            FontFace face = faces.face(role, cp);
            double w;
            if (cp == 0x3000) {
                w = size + tracking;
            } else if (Character.isWhitespace(cp)) {
                w = (face.hasGlyph(' ') ? face.advance(' ') : 0.25) * size + tracking;
            } else {
                w = face.advance(cp) * size + tracking;
            }
            out.add(new Glyph(cp, face, size, node, w));
        }
        return out;
    }

    List<Line> lines(Block block) {
        if (block.blank) {
            return List.of(new Line(List.of(), layout.body().points(), block.keepWithNext));
        }
        List<Glyph> g = new ArrayList<>();
        for (Piece p : block.pieces) {
            g.addAll(glyphs(p.text(), p.role(), p.node()));
        }
        double left = layout.marginLeftTwips() / 20.0;
        double width = layout.typeAreaWidthTwips() / 20.0;
        List<Line> out = new ArrayList<>();
        int n = g.size();
        int s = 0;
        boolean first = true;
        while (s < n || first) {
            if (!first) {
                while (s < n && g.get(s).space()) {
                    s++;
                }
                if (s >= n) {
                    break;
                }
            }
            double indent = block.leftIndent + (first ? block.firstIndent : 0);
            double avail = width - indent - block.rightIndent;
            double w = 0;
            int j = s;
            while (j < n && (w + g.get(j).width <= avail + EPS || j == s)) {
                w += g.get(j).width;
                j++;
            }
            int end;
            double need = 0;
            if (j >= n) {
                end = n;
            } else if (canBreakBefore(g, j)) {
                end = j;
            } else {
                end = -1;
                int k = j + 1;
                while (k < n && !canBreakBefore(g, k)) {
                    k++;
                }
                if (k - j <= 2 && allClosing(g, j, k)) {
                    double total = width(g, s, k);
                    double comp = 0;
                    // the line's last mark keeps its full box, so that no glyph's box reaches into the margin
                    for (int t = s; t < k - 1; t++) {
                        comp += g.get(t).compressible();
                    }
                    if (total - avail <= comp + EPS) {
                        end = k;
                        need = Math.max(0, total - avail);
                    }
                }
                if (end < 0) {
                    int b = j - 1;
                    while (b > s && !canBreakBefore(g, b)) {
                        b--;
                    }
                    end = b > s ? b : j;
                }
            }
            boolean last = end >= n;
            out.add(place(g.subList(s, end), left + indent, avail, block.align, last, need));
            s = end;
            first = false;
        }
        if (block.keepTogether || block.keepWithNext) {
            for (int i = 0; i < out.size(); i++) {
                boolean keep = block.keepTogether && i < out.size() - 1 || block.keepWithNext && i == out.size() - 1;
                if (keep) {
                    Line l = out.get(i);
                    out.set(i, new Line(l.glyphs(), l.size(), true));
                }
            }
        }
        return out;
    }

    private static boolean allClosing(List<Glyph> g, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NO_START.indexOf(g.get(i).cp) < 0) {
                return false;
            }
        }
        return true;
    }

    private static double width(List<Glyph> g, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            w += g.get(i).width;
        }
        return w;
    }

    static boolean canBreakBefore(List<Glyph> g, int i) {
        if (i <= 0 || i >= g.size()) {
            return true;
        }
        Glyph a = g.get(i - 1);
        Glyph b = g.get(i);
        if (b.space() || a.space()) {
            return true;
        }
        if (NO_START.indexOf(b.cp) >= 0 || NO_END.indexOf(a.cp) >= 0) {
            return false;
        }
        if (a.wordChar() && b.wordChar()) {
            return false;
        }
        return !(a.cp == b.cp && (a.cp == '—' || a.cp == '…' || a.cp == '·'));
    }

    private Line place(List<Glyph> src, double x0, double avail, Align align, boolean last, double need) {
        List<Glyph> line = new ArrayList<>(src);
        while (!line.isEmpty() && line.get(line.size() - 1).space()) {
            line.remove(line.size() - 1);
        }
        for (Glyph gl : line) {
            gl.advance = gl.width;
            gl.shift = 0;
        }
        // compress punctuation from the line's end backwards (the last mark excepted) until the line fits
        for (int i = line.size() - 2; i >= 0 && need > EPS; i--) {
            Glyph gl = line.get(i);
            double c = Math.min(gl.compressible(), need);
            if (c > 0) {
                gl.advance -= c;
                if (COMPRESS_LEFT.indexOf(gl.cp) >= 0) {
                    gl.shift = c;
                }
                need -= c;
            }
        }
        double w = 0;
        for (Glyph gl : line) {
            w += gl.advance;
        }
        double extra = 0;
        if (align == Align.JUSTIFY && !last && line.size() > 1 && w < avail) {
            int gaps = 0;
            for (int i = 1; i < line.size(); i++) {
                if (!(line.get(i - 1).wordChar() && line.get(i).wordChar())) {
                    gaps++;
                }
            }
            if (gaps > 0) {
                extra = (avail - w) / gaps;
            }
        }
        double x = switch (align) {
            case JUSTIFY, LEFT -> x0;
            case RIGHT -> x0 + avail - w;
            case CENTRE -> x0 + (avail - w) / 2;
        };
        double size = 0;
        for (int i = 0; i < line.size(); i++) {
            Glyph gl = line.get(i);
            if (i > 0 && extra > 0 && !(line.get(i - 1).wordChar() && gl.wordChar())) {
                x += extra;
            }
            gl.x = x - gl.shift;
            x += gl.advance;
            size = Math.max(size, gl.size);
        }
        List<Glyph> visible = new ArrayList<>(line.size());
        for (Glyph gl : line) {
            if (!gl.space()) {
                visible.add(gl);
            }
        }
        return new Line(visible, size == 0 ? layout.body().points() : size, false);
    }
}
