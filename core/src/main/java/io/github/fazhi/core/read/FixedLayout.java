package io.github.fazhi.core.read;

import io.github.fazhi.core.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a fixed page layout (PDF, OFD) the way a person does, from the geometry of its glyphs alone: the
 * format, not the genre. A paged format's extractor groups its glyphs into visual lines in reading order
 * ({@link Line}: words of {@link Glyph}s with their positions in points from the top left of the page) and
 * this turns them into {@link SourceLine}s:
 *
 * <ul>
 *   <li><b>Page furniture.</b> A running page number ({@code — 1 —}, {@code - 2 -}, {@code 第 3 页},
 *       {@code 第3页 共10页}, {@code 3/10}, {@code Page 3 of 10}, a bare number) at the top or bottom of a
 *       page, and a running header or footer (a line among the first or last two of a page that recurs at
 *       the same height on other pages, numbers aside), become {@link LineRegion#PAGE_HEADER} or
 *       {@link LineRegion#PAGE_FOOTER} lines: kept, never read as text of the report.
 *   <li><b>Paragraphs.</b> A line that fills the text block to its right edge continues on the next line
 *       when that line starts at the left edge (no first-line indent) in the same size with an ordinary
 *       line gap, also across a page break; the two are joined as one paragraph (Chinese directly, Latin
 *       with a space).
 *   <li><b>Table rows.</b> A gap of more than two characters inside a line separates cells (a tab), and
 *       such a line is a {@link LineRegion#TABLE} row.
 *   <li><b>Hints.</b> Font size (the commonest on the line), bold (nearly every glyph), centring (equal
 *       margins on both sides within the text block), a blank line before (a gap of more than 1.6 times
 *       the page's usual line pitch, or the start of the document).
 * </ul>
 *
 * <pre>{@code
 * Glyph g = new Glyph("一", 80f, 120f, 16f, 16f, false);
 * Line line = new Line(1, 1, List.of(new Word("一、主要举措", List.of(g, …))), 595f, 842f);
 * List<SourceLine> lines = FixedLayout.read(List.of(line, …));
 * }</pre>
 *
 * Spans are the page and the line on it: {@code p2:5:1-7:30} for a paragraph from line 5 to line 7 of
 * page 2 (one that goes on over a page break keeps the span of its part on the first page).
 */
public final class FixedLayout {

    /** A gap inside a line wider than this many characters separates table cells. */
    private static final float CELL_GAP = 1.5f;

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:[\\-－—–―‒~～·•_\\s]*[0-9０-９]{1,4}[\\-－—–―‒~～·•_\\s]*"
            + "|第\\s*[0-9０-９一二三四五六七八九十百]+\\s*页(?:\\s*[，,/／]?\\s*共\\s*[0-9０-９]+\\s*页)?"
            + "|共\\s*[0-9０-９]+\\s*页\\s*[，,]?\\s*第\\s*[0-9０-９]+\\s*页"
            + "|[0-9０-９]{1,4}\\s*[/／]\\s*[0-9０-９]{1,4}"
            + "|(?i:page)\\s*[0-9]{1,4}(?:\\s*(?i:of)\\s*[0-9]{1,4})?)");

    /** A line of the output in the making: visual lines joined into a paragraph. */
    private static final class Block {
        final Line first;
        Line last;
        Line lastOnFirstPage;
        int lastOnFirstPageIndex;
        int lastIndex;
        String text;
        LineRegion region;
        boolean centred;
        boolean blankBefore;

        Block(Line line, int index, String text, LineRegion region) {
            this.first = line;
            this.last = line;
            this.lastOnFirstPage = line;
            this.lastOnFirstPageIndex = index;
            this.lastIndex = index;
            this.text = text;
            this.region = region;
        }
    }

    private final List<Line> lines;
    private final LineRegion[] regions;
    private final String[] texts;
    private float left;
    private float right;
    private float bodySize;
    private final Map<Integer, Integer> firstBody = new HashMap<>();
    private final Map<Integer, Integer> lastBody = new HashMap<>();

    private FixedLayout(List<Line> lines) {
        this.lines = lines;
        this.regions = new LineRegion[lines.size()];
        this.texts = new String[lines.size()];
    }

    /**
     * One glyph as the page shows it, in points from the top left of the page.
     *
     * @param text the characters it stands for
     * @param x the left edge
     * @param baseline the baseline, from the top of the page
     * @param width the advance
     * @param size the font size in points
     * @param bold whether its font is a bold face, or it is painted as bold (filled and stroked)
     */
    public record Glyph(String text, float x, float baseline, float width, float size, boolean bold) {

        /** A glyph; its text is required, the rest are coordinates. */
        public Glyph {
            java.util.Objects.requireNonNull(text, "text");
        }

        /** The right edge: where the next glyph would start. */
        public float end() {
            return x + width;
        }

        /** Whether the glyph is white space. */
        public boolean isSpace() {
            return text.isBlank();
        }
    }

    /**
     * A word of a line: its text (as the format gives it, ligatures expanded) and the glyphs it came from.
     *
     * @param text the text
     * @param glyphs the glyphs, at least one
     */
    public record Word(String text, List<Glyph> glyphs) {

        /** A word; the glyphs are copied. */
        public Word {
            java.util.Objects.requireNonNull(text, "text");
            glyphs = List.copyOf(glyphs);
            if (glyphs.isEmpty()) {
                throw new IllegalArgumentException("a word has at least one glyph");
            }
        }
    }

    /**
     * One visual line of a page, its words in reading order.
     *
     * @param page the page, from 1
     * @param number the line on its page, from 1
     * @param words the words, at least one
     * @param pageWidth the page's width in points
     * @param pageHeight the page's height in points
     */
    public record Line(int page, int number, List<Word> words, float pageWidth, float pageHeight) {

        /** A line; the words are copied. */
        public Line {
            words = List.copyOf(words);
            if (words.isEmpty() || page < 1 || number < 1) {
                throw new IllegalArgumentException("a line has a page, a number and at least one word");
            }
        }

        /** The left edge of its first glyph. */
        public float left() {
            return words.get(0).glyphs().get(0).x();
        }

        /** The right edge of its last visible glyph. */
        public float right() {
            float r = 0;
            for (Word w : words) {
                for (Glyph g : w.glyphs()) {
                    if (!g.isSpace()) {
                        r = Math.max(r, g.end());
                    }
                }
            }
            return r;
        }

        /** The mean baseline of its glyphs. */
        public float baseline() {
            float sum = 0;
            int n = 0;
            for (Word w : words) {
                for (Glyph g : w.glyphs()) {
                    sum += g.baseline();
                    n++;
                }
            }
            return n == 0 ? 0 : sum / n;
        }

        /** The commonest font size of the line's visible glyphs, to half a point (of two as common, the larger). */
        public float size() {
            int n = 0;
            for (Word w : words) {
                n += w.glyphs().size();
            }
            float[] sizes = new float[n];
            n = 0;
            for (Word w : words) {
                for (Glyph g : w.glyphs()) {
                    if (!g.isSpace()) {
                        sizes[n++] = Math.round(g.size() * 2) / 2f;
                    }
                }
            }
            java.util.Arrays.sort(sizes, 0, n);
            float best = 0f;
            int bestCount = 0;
            for (int i = 0; i < n; ) {
                int j = i;
                while (j < n && sizes[j] == sizes[i]) {
                    j++;
                }
                if (j - i >= bestCount) { // ascending: a later run as common is the larger size
                    best = sizes[i];
                    bestCount = j - i;
                }
                i = j;
            }
            return best;
        }

        /** {@link #size()} the plain way, counted in a map: the reference it is tested against. */
        float sizeByCounting() {
            java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
            for (Word w : words) {
                for (Glyph g : w.glyphs()) {
                    if (!g.isSpace()) {
                        counts.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum);
                    }
                }
            }
            return counts.entrySet().stream()
                    .max(java.util.Map.Entry.<Float, Integer>comparingByValue()
                            .thenComparing(java.util.Map.Entry.comparingByKey()))
                    .map(java.util.Map.Entry::getKey)
                    .orElse(0f);
        }

        /** Whether nearly all its visible glyphs are bold. */
        public boolean bold() {
            int bold = 0;
            int all = 0;
            for (Word w : words) {
                for (Glyph g : w.glyphs()) {
                    if (!g.isSpace()) {
                        all++;
                        if (g.bold()) {
                            bold++;
                        }
                    }
                }
            }
            return all > 0 && bold * 10 >= all * 9;
        }
    }

    /** The source lines of a document's visual lines, given in reading order, page by page. */
    public static List<SourceLine> read(List<Line> lines) {
        return new FixedLayout(lines).run();
    }

    /**
     * Each line's {@link Line#size()}, {@link Line#right()} and {@link Line#baseline()}, worked out once (each
     * walks the line's glyphs, and the reading asks for them many times over).
     */
    private final Map<Line, float[]> metrics = new java.util.IdentityHashMap<>();

    private float[] metrics(Line line) {
        float[] m = metrics.get(line);
        if (m == null) {
            m = new float[] {line.size(), line.right(), line.baseline()};
            metrics.put(line, m);
        }
        return m;
    }

    private float size(Line line) {
        return metrics(line)[0];
    }

    private float right(Line line) {
        return metrics(line)[1];
    }

    private float baseline(Line line) {
        return metrics(line)[2];
    }

    private List<SourceLine> run() {
        List<List<Float>> cells = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Row row = row(lines.get(i), java.util.Set.of());
            texts[i] = row.text();
            cells.add(row.cellStarts());
            regions[i] = row.cellStarts().isEmpty() ? LineRegion.BODY : LineRegion.TABLE;
        }
        // a row whose cell nearly fills its column has no wide gap: its cells start where its neighbours' do
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            if (regions[i] == LineRegion.TABLE) {
                work.add(i - 1);
                work.add(i + 1);
            }
        }
        while (!work.isEmpty()) {
            int i = work.poll();
            if (i < 0 || i >= lines.size()) {
                continue;
            }
            for (int j : new int[] {i - 1, i + 1}) {
                if (j < 0
                        || j >= lines.size()
                        || regions[j] != LineRegion.TABLE
                        || lines.get(j).page() != lines.get(i).page()
                        || regions[i] != LineRegion.BODY && regions[i] != LineRegion.TABLE) {
                    continue;
                }
                boolean row = regions[i] == LineRegion.TABLE;
                if (row && cells.get(i).size() >= cells.get(j).size()) {
                    continue; // as many cells as its neighbour already: nothing to split
                }
                java.util.Set<Long> breaks = alignedBreaks(lines.get(i), lines.get(j), cells.get(j), cells.get(i), row);
                if (!breaks.isEmpty()) {
                    Row r = row(lines.get(i), breaks);
                    if (r.cellStarts().size() > cells.get(i).size()) {
                        texts[i] = r.text();
                        cells.set(i, r.cellStarts());
                        regions[i] = LineRegion.TABLE;
                        work.add(i - 1);
                        work.add(i + 1);
                    }
                }
            }
        }
        markFurniture();
        for (int i = 0; i < lines.size(); i++) {
            if (regions[i] == LineRegion.BODY) {
                firstBody.putIfAbsent(lines.get(i).page(), i);
                lastBody.put(lines.get(i).page(), i);
            }
        }
        textBlock();
        Map<Integer, Float> pitch = pitches();
        List<Block> blocks = new ArrayList<>();
        Block open = null;
        Block lastBody = null;
        Line previous = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = texts[i];
            if (text.isEmpty()) {
                continue;
            }
            LineRegion region = regions[i];
            boolean centred = region == LineRegion.BODY && centred(line);
            if (region != LineRegion.BODY && region != LineRegion.TABLE) {
                Block b = new Block(line, i, text, region);
                blocks.add(b);
                continue; // furniture neither continues nor interrupts a paragraph
            }
            if (open != null && region == LineRegion.BODY && continues(open, i, centred, pitch)) {
                open.text = SourceText.join(open.text, text);
                if (line.page() == open.first.page()) {
                    open.lastOnFirstPage = line;
                    open.lastOnFirstPageIndex = i;
                }
                open.last = line;
                open.lastIndex = i;
                previous = line;
                lastBody = open;
                continue;
            }
            if (centred && lastBody != null && wrapsCentred(lastBody, line, pitch)) {
                // a centred paragraph (a long title) wrapped: full lines, then its centred last line
                lastBody.text = SourceText.join(lastBody.text, text);
                lastBody.centred = true;
                if (line.page() == lastBody.first.page()) {
                    lastBody.lastOnFirstPage = line;
                    lastBody.lastOnFirstPageIndex = i;
                }
                lastBody.last = line;
                lastBody.lastIndex = i;
                previous = line;
                open = null;
                continue;
            }
            Block b = new Block(line, i, text, region);
            b.centred = centred;
            b.blankBefore = previous == null
                    || previous.page() == line.page()
                            && baseline(line) - baseline(previous)
                                    > 1.6f * pitch.getOrDefault(line.page(), size(line) * 1.5f);
            blocks.add(b);
            open = region == LineRegion.BODY && !centred ? b : null;
            lastBody = region == LineRegion.BODY ? b : null;
            previous = line;
        }
        List<SourceLine> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            String text = b.text.strip();
            if (text.isEmpty()) {
                continue;
            }
            Line end = b.lastOnFirstPage;
            String endText = texts[b.lastOnFirstPageIndex];
            int endColumn = b.first == end
                    ? text.codePointCount(0, text.length()) + 1
                    : endText.codePointCount(0, endText.length()) + 1;
            SourceSpan span =
                    SourceSpan.onPage(b.first.page(), b.first.number(), 1, end.number(), Math.max(1, endColumn));
            LayoutHints.Builder h = LayoutHints.builder()
                    .region(b.region)
                    .centred(b.centred)
                    .bold(b.first.bold() && b.last.bold())
                    .blankBefore(b.blankBefore);
            float size = size(b.first);
            if (size > 0 && size < 1000) {
                h.fontSize(size);
            }
            out.add(new SourceLine(text, span, h.build()));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------
    // furniture

    private void markFurniture() {
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byPage.computeIfAbsent(lines.get(i).page(), k -> new ArrayList<>()).add(i);
        }
        int pages = byPage.size();
        // running lines: the first two and last two of each page, keyed by their text with digits as #
        Map<String, List<Integer>> running = new HashMap<>();
        for (List<Integer> onPage : byPage.values()) {
            for (int k = 0; k < onPage.size(); k++) {
                if (k >= 2 && k < onPage.size() - 2) {
                    continue;
                }
                int i = onPage.get(k);
                Line line = lines.get(i);
                boolean top = k < 2 && baseline(line) < line.pageHeight() / 2;
                boolean bottom = k >= onPage.size() - 2 && baseline(line) > line.pageHeight() / 2;
                if (!top && !bottom) {
                    continue;
                }
                String t = texts[i].replaceAll("\\s+", "");
                if (PAGE_NUMBER.matcher(t).matches() && outside(line, onPage, k)) {
                    regions[i] = top ? LineRegion.PAGE_HEADER : LineRegion.PAGE_FOOTER;
                    continue;
                }
                if (!apart(line, onPage, k, top)) {
                    continue; // a running header or footer stands apart from the text block
                }
                String key = (top ? "T" : "B") + Math.round(baseline(line) / 4) + ":" + t.replaceAll("[0-9０-９]+", "#");
                running.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
        }
        if (pages < 2) {
            return;
        }
        for (Map.Entry<String, List<Integer>> e : running.entrySet()) {
            List<Integer> at = e.getValue();
            long distinctPages =
                    at.stream().map(i -> lines.get(i).page()).distinct().count();
            if (distinctPages >= 2 && distinctPages * 2 >= pages) {
                for (int i : at) {
                    regions[i] = e.getKey().startsWith("T") ? LineRegion.PAGE_HEADER : LineRegion.PAGE_FOOTER;
                }
            }
        }
    }

    /** Whether the {@code k}-th line of a page stands apart from the text block: first or last, or with a gap. */
    private boolean outside(Line line, List<Integer> onPage, int k) {
        if (k == 0 || k == onPage.size() - 1) {
            return true;
        }
        Line neighbour = lines.get(onPage.get(k < 2 ? k - 1 : k + 1));
        return Math.abs(baseline(neighbour) - baseline(line)) > 2.5f * Math.max(size(line), 1);
    }

    /**
     * Whether the {@code k}-th line of a page is set apart from the text inward of it (below a header, above a
     * footer) by more than an ordinary line gap.
     */
    private boolean apart(Line line, List<Integer> onPage, int k, boolean top) {
        int inward = top ? k + 1 : k - 1;
        if (inward < 0 || inward >= onPage.size()) {
            return true;
        }
        Line neighbour = lines.get(onPage.get(inward));
        // more than a line of the neighbour's type with its leading, plus the line itself
        float gap = 1.2f * Math.max(size(neighbour), 1) + Math.max(size(line), 1);
        return Math.abs(baseline(neighbour) - baseline(line)) > gap;
    }

    // ------------------------------------------------------------------------------------------------
    // the text block and paragraphs

    /** The left and right edges of the body text: the commonest starts and ends of body lines. */
    private void textBlock() {
        Map<Integer, Integer> starts = new HashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        float maxEnd = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (regions[i] == LineRegion.BODY) {
                maxEnd = Math.max(maxEnd, right(lines.get(i)));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (regions[i] != LineRegion.BODY) {
                continue;
            }
            Line l = lines.get(i);
            starts.merge(Math.round(l.left()), 1, Integer::sum);
            if (right(l) >= maxEnd * 0.8f) {
                ends.merge(Math.round(right(l)), 1, Integer::sum);
            }
        }
        left = mode(starts, 0);
        right = mode(ends, maxEnd);
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (regions[i] == LineRegion.BODY) {
                int glyphs = 0;
                for (Word w : lines.get(i).words()) {
                    glyphs += w.glyphs().size();
                }
                sizes.merge(Math.round(size(lines.get(i))), glyphs, Integer::sum);
            }
        }
        bodySize = mode(sizes, 0);
        // the commonest start can be the indent of one-line paragraphs; the block starts at the leftmost
        // common start
        for (Map.Entry<Integer, Integer> e : starts.entrySet()) {
            if (e.getKey() < left && e.getValue() * 4 >= starts.getOrDefault(Math.round(left), 1)) {
                left = e.getKey();
            }
        }
    }

    private static float mode(Map<Integer, Integer> counts, float otherwise) {
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(
                                Map.Entry.<Integer, Integer>comparingByKey().reversed()))
                .map(e -> (float) e.getKey())
                .orElse(otherwise);
    }

    /** The usual distance between baselines on each page. */
    private Map<Integer, Float> pitches() {
        Map<Integer, List<Float>> gaps = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            if (a.page() == b.page() && regions[i] == LineRegion.BODY && regions[i - 1] == LineRegion.BODY) {
                float gap = baseline(b) - baseline(a);
                if (gap > 0) {
                    gaps.computeIfAbsent(a.page(), k -> new ArrayList<>()).add(gap);
                }
            }
        }
        Map<Integer, Float> pitch = new HashMap<>();
        List<Float> all = new ArrayList<>();
        for (Map.Entry<Integer, List<Float>> e : gaps.entrySet()) {
            List<Float> g = new ArrayList<>(e.getValue());
            g.sort(null);
            pitch.put(e.getKey(), g.get(g.size() / 2));
            all.addAll(g);
        }
        if (!all.isEmpty()) {
            all.sort(null);
            float median = all.get(all.size() / 2);
            for (Line l : lines) {
                pitch.putIfAbsent(l.page(), median);
            }
        }
        return pitch;
    }

    /**
     * Whether centred {@code line} ends the paragraph {@code block} began: a title larger than the body
     * text whose earlier lines fill the text block.
     */
    private boolean wrapsCentred(Block block, Line line, Map<Integer, Float> pitch) {
        Line prev = block.last;
        float size = Math.max(size(line), 1);
        return prev.page() == line.page()
                && Math.abs(size(prev) - size) <= 0.6f
                && size >= bodySize + 2
                && prev.bold() == line.bold()
                && right - right(prev) <= 1.2f * size
                && prev.left() - left <= 1.5f * size
                && baseline(line) - baseline(prev) > 0
                && baseline(line) - baseline(prev) <= 1.8f * size;
    }

    private boolean centred(Line line) {
        float size = Math.max(size(line), 1);
        float before = line.left() - left;
        float after = right - right(line);
        return before > 1.5f * size
                && after > 1.5f * size
                && before + after >= 0.15f * (right - left) // a nearly full line is not centred, only indented
                && Math.abs(before - after) <= Math.max(0.6f * size, 0.02f * (right - left));
    }

    private boolean continues(Block open, int index, boolean centred, Map<Integer, Float> pitch) {
        Line line = lines.get(index);
        Line prev = open.last;
        float size = Math.max(size(prev), 1);
        if (centred || Math.abs(size(prev) - size(line)) > 0.6f) {
            return false;
        }
        boolean fullLine = right - right(prev) <= 1.2f * size;
        boolean noIndent = line.left() - left <= 0.6f * size;
        if (!fullLine || !noIndent) {
            return false;
        }
        if (prev.page() == line.page()) {
            float gap = baseline(line) - baseline(prev);
            return gap > 0 && gap <= 1.3f * pitch.getOrDefault(line.page(), size * 1.5f);
        }
        return line.page() == prev.page() + 1
                && firstBody.getOrDefault(line.page(), -1) == index
                && lastBody.getOrDefault(prev.page(), -1) == open.lastIndex;
    }

    // ------------------------------------------------------------------------------------------------
    // the text of one visual line

    /** A line's text and where its table cells after the first start. */
    private record Row(String text, List<Float> cellStarts) {}

    /** A break between cells before glyph {@code glyph} of word {@code word}. */
    private static long cellBreak(int word, int glyph) {
        return (long) word << 32 | glyph;
    }

    /**
     * The line's text: its words joined directly between Chinese characters and with a space between Latin
     * ones when the glyphs stand apart, a tab where a gap of more than one and a half characters, or a
     * break in {@code cellBreaks}, separates table cells, whitespace runs as one space, compatibility
     * ideographs folded.
     */
    private static Row row(Line line, java.util.Set<Long> cellBreaks) {
        StringBuilder out = new StringBuilder();
        List<Float> starts = new ArrayList<>();
        Glyph previous = null;
        List<Word> words = line.words();
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            Glyph first = w.glyphs().get(0);
            String text = w.text();
            if (previous != null && !text.isEmpty() && out.length() > 0) {
                float gap = first.x() - previous.end();
                float size = Math.max(Math.max(first.size(), previous.size()), 1);
                if (gap > CELL_GAP * size || cellBreaks.contains(cellBreak(k, 0))) {
                    trimEnd(out);
                    out.append('\t');
                    starts.add(first.x());
                } else if (gap > 0.15f * size) {
                    int before = out.codePointBefore(out.length());
                    int after = text.codePointAt(0);
                    if (!SourceText.isWide(before) && !SourceText.isWide(after) && !Character.isWhitespace(before)) {
                        out.append(' ');
                    }
                }
            }
            boolean split = false;
            for (int g = 1; g < w.glyphs().size() && !split; g++) {
                split = cellBreaks.contains(cellBreak(k, g));
            }
            if (split) {
                // a cell that fills its column runs into the next one's first glyph: split the word there
                for (int g = 0; g < w.glyphs().size(); g++) {
                    if (g > 0 && cellBreaks.contains(cellBreak(k, g))) {
                        trimEnd(out);
                        out.append('\t');
                        starts.add(w.glyphs().get(g).x());
                    }
                    out.append(w.glyphs().get(g).text());
                }
            } else {
                out.append(text);
            }
            previous = w.glyphs().get(w.glyphs().size() - 1);
        }
        return new Row(tidy(SourceText.foldCompatibilityIdeographs(out.toString())), starts);
    }

    /**
     * The cell breaks of {@code line} if it is a row of the same table as {@code neighbour}: it starts where
     * the neighbour starts and has a glyph starting where each of the neighbour's other cells start (within
     * a point: cells are aligned, body text on its own grid almost never is); empty otherwise.
     */
    private static java.util.Set<Long> alignedBreaks(
            Line line, Line neighbour, List<Float> columns, List<Float> own, boolean row) {
        if (columns.isEmpty() || Math.abs(line.left() - neighbour.left()) > 1f) {
            return java.util.Set.of();
        }
        java.util.Set<Long> breaks = new java.util.HashSet<>();
        List<Word> words = line.words();
        for (float c : columns) {
            if (own.stream().anyMatch(x -> Math.abs(x - c) <= 1f)) {
                continue;
            }
            long found = -1;
            for (int k = 0; k < words.size() && found < 0; k++) {
                List<Glyph> glyphs = words.get(k).glyphs();
                for (int g = 0; g < glyphs.size(); g++) {
                    if ((k > 0 || g > 0)
                            && !glyphs.get(g).isSpace()
                            && Math.abs(glyphs.get(g).x() - c) <= 1f) {
                        found = cellBreak(k, g);
                        break;
                    }
                }
            }
            if (found < 0) {
                if (row) {
                    continue; // a row already: its other cells may simply be empty
                }
                return java.util.Set.of();
            }
            breaks.add(found);
        }
        return breaks;
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
    }

    /** Runs of spaces as one, none around a tab, none at the ends. */
    private static String tidy(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                trimEnd(out);
                out.append('\t');
                space = false;
                while (i + 1 < s.length() && s.charAt(i + 1) != '\t' && Character.isWhitespace(s.charAt(i + 1))) {
                    i++;
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && out.length() > 0 && out.charAt(out.length() - 1) != '\t') {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return SourceText.normalise(out).strip();
    }
}
