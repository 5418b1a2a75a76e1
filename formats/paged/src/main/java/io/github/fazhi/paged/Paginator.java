package io.github.fazhi.paged;

import io.github.fazhi.paged.LaidOutReport.Page;
import io.github.fazhi.paged.LaidOutReport.Run;
import io.github.fazhi.paged.LineBreaker.Glyph;
import io.github.fazhi.paged.LineBreaker.Line;
import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts lines on pages, one grid line each, {@code linesPerPage} to a page: a chain of lines that keep together
 * (a heading with the line after it, the title's lines, the sign-off with the body's last line) moves to the next
 * page whole when it does not fit; blank lines are not carried to the top of a page. Then adds the page numbers
 * {@code — n —} 7 mm below the type area, odd pages right and even pages left, one character in.
 */
final class Paginator {

    /** Where a character's baseline sits in its em box, from the top (the ideographic em box: 88 %). */
    static final double BASELINE = 0.88;

    private final LayoutProfile layout;
    private final LineBreaker breaker;

    Paginator(LayoutProfile layout, LineBreaker breaker) {
        this.layout = layout;
        this.breaker = breaker;
    }

    List<Page> paginate(List<Line> lines) {
        int cap = layout.linesPerPage();
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int e = i;
            while (e < lines.size() - 1 && lines.get(e).keepWithNext()) {
                e++;
            }
            int len = e - i + 1;
            if (!page.isEmpty() && page.size() + len > cap && len <= cap) {
                pages.add(page);
                page = new ArrayList<>();
            }
            for (int k = i; k <= e; k++) {
                Line l = lines.get(k);
                if (page.size() == cap) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
                if (page.isEmpty() && !pages.isEmpty() && l.glyphs().isEmpty()) {
                    continue; // no blank line at the top of a page
                }
                page.add(l);
            }
            i = e + 1;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        List<Page> out = new ArrayList<>(pages.size());
        double top = layout.marginTopTwips() / 20.0;
        double pitch = layout.linePitchPoints();
        for (int p = 0; p < pages.size(); p++) {
            List<Run> runs = new ArrayList<>();
            List<Line> ls = pages.get(p);
            for (int k = 0; k < ls.size(); k++) {
                Line l = ls.get(k);
                double baseline = top + k * pitch + (pitch - l.size()) / 2 + BASELINE * l.size();
                runs.addAll(runs(l.glyphs(), baseline));
            }
            runs.addAll(pageNumber(p + 1));
            out.add(new Page(p + 1, runs, ls.size()));
        }
        return out;
    }

    /** The text of page {@code n}'s number, {@code — n —}. */
    String pageNumberText(int n) {
        return layout.pageNumberPrefix() + n + layout.pageNumberSuffix();
    }

    private List<Run> pageNumber(int n) {
        List<Glyph> g = breaker.glyphs(pageNumberText(n), FontRole.PAGE_NUMBER, -1);
        double size = layout.pageNumber().points();
        double w = 0;
        for (Glyph gl : g) {
            w += gl.width;
        }
        double left = layout.marginLeftTwips() / 20.0;
        double right = (layout.paperWidthTwips() - layout.marginRightTwips()) / 20.0;
        double indent = layout.pageNumberIndentChars() * size;
        double x = n % 2 == 1 ? right - indent - w : left + indent;
        for (Glyph gl : g) {
            gl.x = x;
            gl.advance = gl.width;
            x += gl.width;
        }
        double typeBottom = (layout.paperHeightTwips() - layout.marginBottomTwips()) / 20.0;
        double baseline = typeBottom + layout.pageNumberOffsetMm() / 25.4 * 72 + BASELINE * size;
        List<Glyph> visible = new ArrayList<>();
        for (Glyph gl : g) {
            if (!gl.space()) {
                visible.add(gl);
            }
        }
        return runs(visible, baseline);
    }

    static List<Run> runs(List<Glyph> glyphs, double baseline) {
        List<Run> out = new ArrayList<>();
        int s = 0;
        while (s < glyphs.size()) {
            Glyph a = glyphs.get(s);
            int e = s + 1;
            while (e < glyphs.size()
                    && glyphs.get(e).face.equals(a.face)
                    && glyphs.get(e).size == a.size
                    && glyphs.get(e).node == a.node) {
                e++;
            }
            StringBuilder text = new StringBuilder();
            double[] x = new double[e - s];
            for (int k = s; k < e; k++) {
                text.appendCodePoint(glyphs.get(k).cp);
                x[k - s] = glyphs.get(k).x;
            }
            Glyph last = glyphs.get(e - 1);
            out.add(new Run(a.face, a.size, baseline, text.toString(), x, last.x + last.shift + last.advance, a.node));
            s = e;
        }
        return out;
    }
}
