package io.github.fazhi.html.internal;

import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.read.LayoutHints;
import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.SourceLine;
import io.github.fazhi.core.read.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page in document order (iteratively: no depth of nesting exhausts the stack) and writes its
 * lines: one per block ({@code p}, {@code div}, {@code li}, headings…) or {@code <br>}-separated line; a
 * data table one row a line, cells separated by a tab ({@link LineRegion#TABLE}); the article body's lines
 * as {@link LineRegion#BODY}, the title before it as a centred bold body line, and everything else on the
 * page (navigation, breadcrumb, info line, share and print links, 上一篇/下一篇, footer, 网站标识码) as
 * {@link LineRegion#FURNITURE}. Scripts, styles and hidden elements are not text.
 *
 * <p>Hints: inside the article, {@code <h2>} to {@code <h6>} give outline levels 1 to 5 ({@code <h1>} is a
 * title: centred and bold, as fazhi's own HTML writes the report's title); {@code text-align:center}
 * (style, {@code align} or {@code <center>}) gives centring; text all in {@code <strong>}, {@code <b>} or
 * a bold {@code font-weight} gives bold; a {@code font-size} in pt or px gives the size; an empty
 * paragraph, or the start of a new block (a paragraph boundary, as a blank line is in text), gives a blank line
 * before; lines a {@code <br>} separates within one block have none. A heading that fazhi's HTML writer ran into its paragraph
 * ({@code section.fz-run-in}) is joined with it again, as it was printed.
 *
 * <p>Spans: line {@code i} is the {@code i}-th line of the page's text, furniture included, in order.
 */
final class PageLines {

    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "object",
            "embed",
            "svg",
            "canvas",
            "head",
            "select",
            "button",
            "input",
            "textarea",
            "map",
            "audio",
            "video");

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "nav",
            "aside",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "tr",
            "td",
            "th",
            "caption",
            "form",
            "fieldset",
            "legend",
            "center",
            "address",
            "figure",
            "figcaption",
            "hr",
            "body",
            "tbody",
            "thead",
            "tfoot");

    private static final Pattern FONT_SIZE =
            Pattern.compile("font-size\\s*:\\s*([0-9.]+)\\s*(pt|px)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_ALIGN = Pattern.compile("text-align\\s*:\\s*([a-z-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD_WEIGHT =
            Pattern.compile("font-weight\\s*:\\s*(bold|bolder|[6-9]00)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    /** The lines of the page and the texts of its furniture, for the metadata. */
    record Result(List<SourceLine> lines, List<String> chrome) {}

    private final Element article;
    private final Optional<Element> title;
    private final List<SourceLine> lines = new ArrayList<>();
    private final List<String> chrome = new ArrayList<>();

    // the line being written
    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;
    private boolean pendingNewline;
    private boolean allBold = true;
    private boolean anyText;
    private Element block;
    private boolean blank = true;
    private boolean newBlock = true;
    private int preDepth;
    private long textSeen;
    /** The text seen when each open block began (a stack, {@code blockDepth} deep), unboxed. */
    private long[] blockText = new long[16];

    private int blockDepth;
    private boolean inArticle;
    private boolean inTitle;
    private int sequence;
    private String runIn;
    private LayoutHints runInHints;

    private final Set<Element> articleAncestors =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private TextNode firstText;

    private PageLines(Element article, Optional<Element> title) {
        this.article = article;
        this.title = title;
        for (Element p = article; p != null; p = p.parent()) {
            articleAncestors.add(p);
        }
    }

    /** The lines of {@code body}, whose article body is {@code article} and title {@code title}. */
    static Result read(Element body, Element article, Optional<Element> title) {
        PageLines w = new PageLines(article, title);
        w.walk(body);
        w.flush();
        return new Result(List.copyOf(w.lines), List.copyOf(w.chrome));
    }

    private void walk(Element root) {
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        return enter(node);
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        leave(node);
                        return FilterResult.CONTINUE;
                    }
                },
                root);
    }

    private NodeFilter.FilterResult enter(Node node) {
        if (node instanceof TextNode t) {
            append(t);
            return NodeFilter.FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return NodeFilter.FilterResult.SKIP_ENTIRELY; // comments, doctype, data
        }
        String tag = e.normalName();
        if (SKIPPED.contains(tag) || e.hasAttr("hidden") || hasStyle(e, HIDDEN)) {
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        if (e == article) {
            flush();
            inArticle = true;
            blank = true;
            return NodeFilter.FilterResult.CONTINUE;
        }
        if (!inArticle && title.isPresent() && e == title.get()) {
            flush();
            inTitle = true;
            newBlock = true;
            block = e;
            return NodeFilter.FilterResult.CONTINUE;
        }
        if (tag.equals("br")) {
            flush();
            return NodeFilter.FilterResult.CONTINUE;
        }
        if (tag.equals("table") && isDataTable(e)) {
            flush();
            table(e);
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("img")) {
            textSeen++; // a picture is content: its paragraph is not an empty one
        }
        if (BLOCKS.contains(tag)) {
            flush();
            newBlock = true;
            if (blockDepth == blockText.length) {
                blockText = java.util.Arrays.copyOf(blockText, blockDepth * 2);
            }
            blockText[blockDepth++] = textSeen;
            if (tag.equals("pre")) {
                preDepth++;
            }
            if (!inTitle) {
                block = e;
            }
        }
        return NodeFilter.FilterResult.CONTINUE;
    }

    private void leave(Node node) {
        if (!(node instanceof Element e)) {
            return;
        }
        if (e == article) {
            flush();
            inArticle = false;
            flushRunIn();
            return;
        }
        if (title.isPresent() && e == title.get()) {
            flush();
            inTitle = false;
            return;
        }
        if (BLOCKS.contains(e.normalName())) {
            long before = blockDepth == 0 ? textSeen : blockText[--blockDepth];
            if (e.normalName().equals("pre")) {
                preDepth--;
            }
            if (inTitle) {
                return;
            }
            flush();
            newBlock = true;
            block = enclosingBlock(e);
            String tag = e.normalName();
            if (inArticle && textSeen == before && (tag.equals("p") || tag.equals("div"))) {
                blank = true; // an empty paragraph or line: the blank line between blocks of a page
            }
        }
    }

    private static Element enclosingBlock(Element e) {
        int steps = 0;
        for (Element p = e.parent(); p != null && steps++ < STYLE_DEPTH; p = p.parent()) {
            if (BLOCKS.contains(p.normalName())) {
                return p;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------
    // text

    private void append(TextNode t) {
        String raw = t.getWholeText();
        boolean pre = preDepth > 0;
        boolean bold = isBold(t);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (pre && c == '\n') {
                flush();
                continue;
            }
            if (c == '\t' && !pendingSpace && text.length() > 0 && onlyTabsBeforeText(raw, i)) {
                // tabs alone between two words on one source line separate cells, as fazhi's writer puts them
                while (i + 1 < raw.length() && raw.charAt(i + 1) == '\t') {
                    i++;
                }
                text.append('\t');
                continue;
            }
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                if (text.length() > 0) {
                    pendingSpace = true;
                    pendingNewline |= c == '\n' || c == '\r';
                }
                continue;
            }
            if (text.length() == 0) {
                firstText = t;
            }
            if (pendingSpace) {
                int before = text.codePointBefore(text.length());
                boolean join = pendingNewline && SourceText.isWide(before) && SourceText.isWide(c);
                if (!join && !Character.isWhitespace(before)) {
                    text.append(' ');
                }
                pendingSpace = false;
                pendingNewline = false;
            }
            text.append(c);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                textSeen++;
                anyText = true;
                allBold &= bold;
            }
        }
    }

    /** Whether the whitespace at {@code raw[i]} is tabs only, followed by text. */
    private static boolean onlyTabsBeforeText(String raw, int i) {
        int j = i;
        while (j < raw.length() && raw.charAt(j) == '\t') {
            j++;
        }
        return j < raw.length() && !Character.isWhitespace(raw.charAt(j));
    }

    private void flush() {
        String line = strip(SourceText.normalise(text));
        Element b = block;
        boolean bold = anyText && allBold;
        TextNode first = firstText;
        firstText = null;
        text.setLength(0);
        pendingSpace = false;
        pendingNewline = false;
        allBold = true;
        anyText = false;
        if (line.isEmpty()) {
            return;
        }
        LineRegion region = inArticle || inTitle ? LineRegion.BODY : LineRegion.FURNITURE;
        LayoutHints.Builder h = LayoutHints.builder()
                .region(region)
                .bold(bold)
                .blankBefore(region == LineRegion.BODY && (blank || newBlock));
        if (inTitle) {
            h.centred(true).bold(true);
        } else if (b != null && region == LineRegion.BODY) {
            String tag = b.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                h.styleName(tag);
                int level = tag.charAt(1) - '0';
                if (level == 1) {
                    h.centred(true).bold(true);
                } else {
                    h.outlineLevel(level - 1);
                }
            }
            if (centred(b)) {
                h.centred(true);
            }
            fontSize(b, first).ifPresent(h::fontSize);
        }
        if (region == LineRegion.FURNITURE) {
            chrome.add(line);
        } else {
            blank = false;
            newBlock = false;
        }
        // a heading fazhi's HTML writer ran into the paragraph that follows it
        if (region == LineRegion.BODY && b != null && isRunInHeading(b)) {
            flushRunIn();
            runIn = line;
            runInHints = h.build();
            return;
        }
        if (runIn != null && region == LineRegion.BODY) {
            line = SourceText.join(runIn, line);
            LayoutHints joined = runInHints;
            runIn = null;
            emit(line, joined);
            return;
        }
        flushRunIn();
        emit(line, h.build());
    }

    private void flushRunIn() {
        if (runIn != null) {
            String heading = runIn;
            runIn = null;
            emit(heading, runInHints);
        }
    }

    private void emit(String line, LayoutHints hints) {
        sequence++;
        lines.add(new SourceLine(line, SourceSpan.ofLine(sequence, 1, line.codePointCount(0, line.length())), hints));
    }

    private static boolean isRunInHeading(Element b) {
        String tag = b.normalName();
        return tag.length() == 2
                && tag.charAt(0) == 'h'
                && b.parent() != null
                && b.parent().hasClass("fz-run-in");
    }

    // ------------------------------------------------------------------------------------------------
    // tables

    /**
     * Whether {@code table} holds data (rows of short cells) rather than a page's layout: it holds no other
     * table and not the article, and no cell has a paragraph's worth of text.
     */
    private boolean isDataTable(Element table) {
        if (articleAncestors.contains(table)) {
            return false;
        }
        // looked at within a bound, so that tables nested in tables cost no more than their size
        int seen = 0;
        for (Element e : table.getAllElements()) {
            if (++seen > 4_000) {
                return false;
            }
            if (e != table && e.normalName().equals("table")) {
                return false;
            }
            if ((e.normalName().equals("td") || e.normalName().equals("th")) && cellIsProse(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cellIsProse(Element cell) {
        int paragraphs = 0;
        int length = 0;
        for (Node n : cell.childNodes()) {
            if (n instanceof TextNode t) {
                length += t.text().length();
            } else if (n instanceof Element c) {
                if (c.normalName().equals("p")) {
                    paragraphs++;
                }
                length += c.text().length();
            }
            if (length > 150 || paragraphs > 1) {
                return true;
            }
        }
        return false;
    }

    private void table(Element table) {
        for (Element row : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(strip(SourceText.normalise(cell.text())));
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            String line = String.join("\t", cells).strip();
            if (line.isEmpty()) {
                continue;
            }
            LineRegion region = inArticle ? LineRegion.TABLE : LineRegion.FURNITURE;
            if (region == LineRegion.FURNITURE) {
                chrome.add(line);
            }
            flushRunIn();
            emit(
                    line,
                    LayoutHints.builder()
                            .region(region)
                            .blankBefore(inArticle && (blank || newBlock))
                            .build());
            if (inArticle) {
                blank = false;
                newBlock = false;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // hints

    /** How far up the tree a style is looked for: no real page sets its alignment further up. */
    private static final int STYLE_DEPTH = 64;

    private boolean centred(Element b) {
        int steps = 0;
        for (Element e = b; e != null && steps++ < STYLE_DEPTH; e = e.parent()) {
            if (e.normalName().equals("center")) {
                return true;
            }
            String style = e.attr("style");
            if (!style.isEmpty()) {
                Matcher m = TEXT_ALIGN.matcher(style);
                if (m.find()) {
                    return m.group(1).toLowerCase(Locale.ROOT).equals("center");
                }
            }
            String align = e.attr("align");
            if (!align.isEmpty()
                    && !e.normalName().equals("table")
                    && !e.normalName().equals("img")) {
                return align.equalsIgnoreCase("center");
            }
            if (e == article) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} has a style attribute in which {@code pattern} occurs (no pattern here matches an
     * empty style, so an element without one is not matched at all).
     */
    private static boolean hasStyle(Element e, Pattern pattern) {
        String style = e.attr("style");
        return !style.isEmpty() && pattern.matcher(style).find();
    }

    private static Optional<Double> fontSizeOf(Element e) {
        String style = e.attr("style");
        if (style.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = FONT_SIZE.matcher(style);
        if (m.find()) {
            try {
                double v = Double.parseDouble(m.group(1));
                double pt = m.group(2).equalsIgnoreCase("px") ? v * 0.75 : v;
                if (pt > 0 && pt < 1000) {
                    return Optional.of(pt);
                }
            } catch (NumberFormatException ex) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The font size of the line's first text, from the nearest style that sets one, up to the block. */
    private Optional<Double> fontSize(Element b, TextNode first) {
        int steps = 0;
        for (Element e = first == null ? b : first.parent(); e != null && steps++ < STYLE_DEPTH; e = e.parent()) {
            Optional<Double> size = fontSizeOf(e);
            if (size.isPresent()) {
                return size;
            }
            if (e == b || e == article) {
                break;
            }
        }
        return Optional.empty();
    }

    private boolean isBold(TextNode t) {
        int steps = 0;
        for (Node n = t.parent(); n instanceof Element e && steps++ < STYLE_DEPTH; n = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("strong") || tag.equals("b") || hasStyle(e, BOLD_WEIGHT)) {
                return true;
            }
            if (e == article || tag.equals("body") || BLOCKS.contains(tag) && !tag.startsWith("h")) {
                // a block's own weight counts; beyond the block, inherited weight from page styles is unknown
                return hasStyle(e, BOLD_WEIGHT);
            }
        }
        return false;
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (Character.isWhitespace(s.charAt(from)) || Character.isSpaceChar(s.charAt(from)))) {
            from++;
        }
        while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || Character.isSpaceChar(s.charAt(to - 1)))) {
            to--;
        }
        return s.substring(from, to);
    }
}
