package io.github.fazhi.docx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns the XML of a Word document into lines of text in reading order, one per paragraph.
 *
 * <ul>
 *   <li>Paragraphs: the text of their runs, hyperlinks, fields' results (not their codes), inserted text
 *       (not deleted text), content controls and smart tags; tabs stay tabs; a soft line break joins its two
 *       sides (with a space between Latin text, with nothing between Chinese); Word's automatic numbering is
 *       computed into the label a reader sees and put before the text.
 *   <li>Tables: one line per row, cells separated by a tab, the paragraphs of a cell joined by a space.
 *   <li>Text boxes: their paragraphs, each a line, right after the paragraph that anchors the box; of the
 *       alternative renderings Word stores for a shape ({@code mc:AlternateContent}) only the first is read,
 *       so nothing is read twice.
 *   <li>Footnotes and endnotes: the reference becomes {@code [注1]} or {@code [尾注1]} in the text (numbered in
 *       order of reference, as Word numbers them), and the notes follow the body as lines
 *       {@code [注1] …}.
 *   <li>Each paragraph's formatting as a reader sees it: its style's name and outline level (from the
 *       paragraph, its style chain, or a heading style's name: {@code heading 1}, {@code 标题 1}), whether it is
 *       centred, whether all its text is bold, and its font size when the text is one size (runs, character
 *       and paragraph styles, the document defaults).
 *   <li>Page headers and footers ({@link #headerFooterLines}), read by the package reader as page furniture.
 *   <li>Not read: comments, deleted text.
 * </ul>
 */
public final class DocxTextExtractor {

    private record StyleInfo(
            Optional<String> basedOn,
            Optional<String> numId,
            OptionalInt ilvl,
            OptionalInt outline,
            String name,
            Optional<String> jc,
            Optional<Boolean> bold,
            OptionalInt halfPoints) {}

    /** Heading styles by name, as Word, WPS and LibreOffice name them: {@code heading 1}, {@code 标题 1}, {@code Heading1}. */
    private static final java.util.regex.Pattern HEADING_STYLE =
            java.util.regex.Pattern.compile("(?i)(?:heading|标题)\\s*([1-9])");

    /** What a paragraph's runs say of their text: all bold or not, their sizes. */
    private static final class RunStats {
        boolean text;
        boolean allBold = true;
        int halfPoints = -1;
        boolean oneSize = true;

        void add(boolean bold, OptionalInt size) {
            text = true;
            allBold &= bold;
            int hp = size.orElse(-2);
            if (halfPoints == -1) {
                halfPoints = hp;
            } else if (halfPoints != hp) {
                oneSize = false;
            }
        }
    }

    private Optional<Boolean> defaultBold = Optional.empty();
    private OptionalInt defaultHalfPoints = OptionalInt.empty();
    private String defaultParagraphStyle = "";
    private RunStats stats;
    private String paragraphStyle = "";

    private final Map<String, StyleInfo> styles = new HashMap<>();
    private final WordNumbering numbering;
    private final Map<String, Element> footnotes = new HashMap<>();
    private final Map<String, Element> endnotes = new HashMap<>();
    private final List<String[]> noteRefs = new ArrayList<>();
    private final int maxDepth;
    private final Runnable tooDeep;
    private int footnoteCount;
    private int endnoteCount;

    /**
     * @param styles the styles part, if any
     * @param numbering the numbering part, if any
     * @param footnotes the footnotes part, if any
     * @param endnotes the endnotes part, if any
     * @param maxDepth the deepest nesting followed
     * @param tooDeep called (and expected to throw) when the nesting goes deeper
     */
    public DocxTextExtractor(
            Optional<Document> styles,
            Optional<Document> numbering,
            Optional<Document> footnotes,
            Optional<Document> endnotes,
            int maxDepth,
            Runnable tooDeep) {
        styles.ifPresent(this::readStyles);
        this.numbering = new WordNumbering(numbering);
        footnotes.ifPresent(d -> notes(d, this.footnotes));
        endnotes.ifPresent(d -> notes(d, this.endnotes));
        this.maxDepth = maxDepth;
        this.tooDeep = tooDeep;
    }

    private static void notes(Document d, Map<String, Element> into) {
        for (Element n : Dom.elements(d.getDocumentElement())) {
            into.put(Dom.attr(n, "id"), n);
        }
    }

    private static Optional<Boolean> bold(Optional<Element> rpr) {
        return rpr.flatMap(r -> Dom.child(r, "b")).map(Dom::onOff);
    }

    private static OptionalInt halfPoints(Optional<Element> rpr) {
        return rpr.flatMap(r -> Dom.child(r, "sz"))
                .map(e -> Dom.intAttr(e, "val", -1))
                .filter(v -> v > 0)
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    private void readStyles(Document d) {
        Dom.child(d.getDocumentElement(), "docDefaults")
                .flatMap(dd -> Dom.child(dd, "rPrDefault"))
                .ifPresent(r -> {
                    Optional<Element> rpr = Dom.child(r, "rPr");
                    defaultBold = bold(rpr);
                    defaultHalfPoints = halfPoints(rpr);
                });
        for (Element s : Dom.children(d.getDocumentElement(), "style")) {
            Optional<String> basedOn = Dom.child(s, "basedOn").map(e -> Dom.attr(e, "val"));
            String name = Dom.child(s, "name").map(e -> Dom.attr(e, "val")).orElse("");
            Optional<Element> ppr = Dom.child(s, "pPr");
            Optional<Element> numPr = ppr.flatMap(p -> Dom.child(p, "numPr"));
            Optional<String> numId = numPr.flatMap(n -> Dom.child(n, "numId")).map(e -> Dom.attr(e, "val"));
            OptionalInt ilvl = numPr.flatMap(n -> Dom.child(n, "ilvl"))
                    .map(e -> OptionalInt.of(Dom.intAttr(e, "val", 0)))
                    .orElse(OptionalInt.empty());
            OptionalInt outline = ppr.flatMap(p -> Dom.child(p, "outlineLvl"))
                    .map(e -> OptionalInt.of(Dom.intAttr(e, "val", 9)))
                    .orElse(OptionalInt.empty());
            java.util.regex.Matcher heading = HEADING_STYLE.matcher(name.strip());
            if (outline.isEmpty() && heading.matches()) {
                outline = OptionalInt.of(heading.group(1).charAt(0) - '1');
            }
            Optional<String> jc = ppr.flatMap(p -> Dom.child(p, "jc")).map(e -> Dom.attr(e, "val"));
            Optional<Element> rpr = Dom.child(s, "rPr");
            String id = Dom.attr(s, "styleId");
            if ("paragraph".equals(Dom.attr(s, "type")) && Dom.onOffAttr(s, "default")) {
                defaultParagraphStyle = id;
            }
            styles.put(id, new StyleInfo(basedOn, numId, ilvl, outline, name, jc, bold(rpr), halfPoints(rpr)));
        }
    }

    /** The lines of the document whose root element is {@code w:document}. */
    public List<DocxLine> lines(Document document) {
        List<DocxLine> out = new ArrayList<>();
        Optional<Element> body = Dom.child(document.getDocumentElement(), "body");
        if (body.isPresent()) {
            blocks(body.get(), out, DocxLine.Kind.PARAGRAPH, 1);
        }
        for (int i = 0; i < noteRefs.size(); i++) {
            String[] ref = noteRefs.get(i);
            Element note = (ref[0].equals("f") ? footnotes : endnotes).get(ref[1]);
            List<DocxLine> inner = new ArrayList<>();
            if (note != null) {
                blocks(note, inner, DocxLine.Kind.NOTE, 1);
            }
            StringBuilder text = new StringBuilder(ref[2]);
            for (DocxLine l : inner) {
                String t = l.text().strip();
                if (!t.isEmpty()) {
                    text.append(' ').append(t);
                }
            }
            out.add(new DocxLine(text.toString(), DocxLine.Kind.NOTE, OptionalInt.empty()));
        }
        return out;
    }

    /**
     * The lines of a page header or footer part (root {@code w:hdr} or {@code w:ftr}): its paragraphs and
     * table rows, of kind {@code kind}; its fields give their last computed result ({@code — 1 —}).
     */
    public List<DocxLine> headerFooterLines(Document part, DocxLine.Kind kind) {
        List<DocxLine> inner = new ArrayList<>();
        blocks(part.getDocumentElement(), inner, kind, 1);
        List<DocxLine> out = new ArrayList<>(inner.size());
        for (DocxLine l : inner) {
            out.add(new DocxLine(l.text(), kind, l.outlineLevel(), l.styleName(), l.centred(), l.bold(), l.fontSize()));
        }
        return out;
    }

    private void depth(int depth) {
        if (depth > maxDepth) {
            tooDeep.run();
            throw new IllegalStateException("nesting too deep");
        }
    }

    private void blocks(Node parent, List<DocxLine> out, DocxLine.Kind kind, int depth) {
        depth(depth);
        for (Element e : Dom.elements(parent)) {
            block(e, out, kind, depth + 1);
        }
    }

    private void block(Element e, List<DocxLine> out, DocxLine.Kind kind, int depth) {
        depth(depth);
        if (Dom.MC.equals(e.getNamespaceURI())) {
            alternative(e).ifPresent(branch -> blocks(branch, out, kind, depth + 1));
            return;
        }
        if (!Dom.isW(e)) {
            blocks(e, out, kind, depth + 1);
            return;
        }
        switch (Dom.name(e)) {
            case "p" -> paragraph(e, out, kind, depth + 1);
            case "tbl" -> table(e, out, depth + 1);
            case "sectPr",
                    "del",
                    "moveFrom",
                    "bookmarkStart",
                    "bookmarkEnd",
                    "commentRangeStart",
                    "commentRangeEnd",
                    "proofErr",
                    "permStart",
                    "permEnd",
                    "sdtPr",
                    "sdtEndPr",
                    "footnoteRef",
                    "endnoteRef",
                    "separator",
                    "continuationSeparator" -> {}
            default -> blocks(e, out, kind, depth + 1);
        }
    }

    /** The branch of {@code mc:AlternateContent} to read: the first {@code mc:Choice}, else the fallback. */
    private static Optional<Element> alternative(Element e) {
        if (!"AlternateContent".equals(Dom.name(e))) {
            return Optional.of(e);
        }
        Element fallback = null;
        for (Element c : Dom.elements(e)) {
            if ("Choice".equals(Dom.name(c))) {
                return Optional.of(c);
            }
            if ("Fallback".equals(Dom.name(c))) {
                fallback = c;
            }
        }
        return Optional.ofNullable(fallback);
    }

    private void table(Element tbl, List<DocxLine> out, int depth) {
        for (Element row : rows(tbl, depth)) {
            List<String> cells = new ArrayList<>();
            for (Element cell : cells(row, depth)) {
                List<DocxLine> inner = new ArrayList<>();
                blocks(cell, inner, DocxLine.Kind.TABLE_ROW, depth + 1);
                StringBuilder text = new StringBuilder();
                for (DocxLine l : inner) {
                    String t = l.text().strip();
                    if (!t.isEmpty()) {
                        if (text.length() > 0) {
                            text.append(' ');
                        }
                        text.append(t.replace('\t', ' '));
                    }
                }
                cells.add(text.toString());
            }
            out.add(new DocxLine(String.join("\t", cells), DocxLine.Kind.TABLE_ROW, OptionalInt.empty()));
        }
    }

    /** Rows of a table, also when wrapped in content controls or custom XML. */
    private List<Element> rows(Element tbl, int depth) {
        List<Element> out = new ArrayList<>();
        collect(tbl, "tr", out, depth);
        return out;
    }

    private List<Element> cells(Element row, int depth) {
        List<Element> out = new ArrayList<>();
        collect(row, "tc", out, depth);
        return out;
    }

    private void collect(Element parent, String local, List<Element> out, int depth) {
        depth(depth);
        for (Element c : Dom.elements(parent)) {
            if (Dom.is(c, local)) {
                out.add(c);
            } else if (Dom.is(c, "sdt")
                    || Dom.is(c, "sdtContent")
                    || Dom.is(c, "customXml")
                    || Dom.MC.equals(c.getNamespaceURI())) {
                Optional<Element> branch = alternative(c);
                if (branch.isPresent()) {
                    collect(branch.get(), local, out, depth + 1);
                }
            }
        }
    }

    private void paragraph(Element p, List<DocxLine> out, DocxLine.Kind kind, int depth) {
        Optional<Element> ppr = Dom.child(p, "pPr");
        String styleId = ppr.flatMap(x -> Dom.child(x, "pStyle"))
                .map(e -> Dom.attr(e, "val"))
                .orElse(defaultParagraphStyle);
        String label = label(ppr, styleId);
        OptionalInt outline = ppr.flatMap(x -> Dom.child(x, "outlineLvl"))
                .map(e -> OptionalInt.of(Dom.intAttr(e, "val", 9)))
                .orElseGet(() -> styleOutline(styleId));
        if (outline.isPresent() && outline.getAsInt() > 8) {
            outline = OptionalInt.empty();
        }
        StringBuilder text = new StringBuilder(label);
        List<DocxLine> boxes = new ArrayList<>();
        RunStats outer = stats;
        String outerStyle = paragraphStyle;
        stats = new RunStats();
        paragraphStyle = styleId;
        try {
            inline(p, text, boxes, depth + 1);
            Optional<String> jc = ppr.flatMap(x -> Dom.child(x, "jc"))
                    .map(e -> Dom.attr(e, "val"))
                    .or(() -> styleValue(styleId, StyleInfo::jc));
            boolean centred = jc.map(v -> v.equals("center")).orElse(false);
            Optional<String> styleName = Optional.ofNullable(styles.get(styleId))
                    .map(StyleInfo::name)
                    .filter(n -> !n.isBlank());
            boolean bold = stats.text && stats.allBold;
            OptionalDouble size = stats.text && stats.oneSize && stats.halfPoints > 0
                    ? OptionalDouble.of(stats.halfPoints / 2.0)
                    : OptionalDouble.empty();
            out.add(new DocxLine(LineText.normalise(text), kind, outline, styleName, centred, bold, size));
        } finally {
            stats = outer;
            paragraphStyle = outerStyle;
        }
        out.addAll(boxes);
    }

    /** A property along the style chain of {@code styleId}: the first style that sets it. */
    private <T> Optional<T> styleValue(String styleId, java.util.function.Function<StyleInfo, Optional<T>> property) {
        String s = styleId;
        for (int guard = 0; guard < 32 && !s.isEmpty(); guard++) {
            StyleInfo info = styles.get(s);
            if (info == null) {
                break;
            }
            Optional<T> v = property.apply(info);
            if (v.isPresent()) {
                return v;
            }
            s = info.basedOn().orElse("");
        }
        return Optional.empty();
    }

    private OptionalInt styleHalfPoints(String styleId) {
        Optional<Integer> hp = styleValue(
                styleId,
                i -> i.halfPoints().isPresent() ? Optional.of(i.halfPoints().getAsInt()) : Optional.empty());
        return hp.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** Notes a run's formatting when it added text other than white space. */
    private void runFormat(Element r, CharSequence text, int from) {
        if (stats == null) {
            return;
        }
        boolean any = false;
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u3000') {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        Optional<Element> rpr = Dom.child(r, "rPr");
        String rStyle = rpr.flatMap(x -> Dom.child(x, "rStyle"))
                .map(e -> Dom.attr(e, "val"))
                .orElse("");
        boolean b = bold(rpr)
                .or(() -> styleValue(rStyle, StyleInfo::bold))
                .or(() -> styleValue(paragraphStyle, StyleInfo::bold))
                .or(() -> defaultBold)
                .orElse(false);
        OptionalInt size = halfPoints(rpr);
        if (size.isEmpty()) {
            size = styleHalfPoints(rStyle);
        }
        if (size.isEmpty()) {
            size = styleHalfPoints(paragraphStyle);
        }
        if (size.isEmpty()) {
            size = defaultHalfPoints;
        }
        stats.add(b, size);
    }

    private String label(Optional<Element> ppr, String styleId) {
        Optional<Element> numPr = ppr.flatMap(x -> Dom.child(x, "numPr"));
        Optional<String> numId = numPr.flatMap(n -> Dom.child(n, "numId")).map(e -> Dom.attr(e, "val"));
        OptionalInt ilvl = numPr.flatMap(n -> Dom.child(n, "ilvl"))
                .map(e -> OptionalInt.of(Dom.intAttr(e, "val", 0)))
                .orElse(OptionalInt.empty());
        // inherit from the style chain what the paragraph does not say
        String s = styleId;
        for (int guard = 0; guard < 32 && (numId.isEmpty() || ilvl.isEmpty()) && !s.isEmpty(); guard++) {
            StyleInfo info = styles.get(s);
            if (info == null) {
                break;
            }
            if (numId.isEmpty()) {
                numId = info.numId();
            }
            if (ilvl.isEmpty()) {
                ilvl = info.ilvl();
            }
            s = info.basedOn().orElse("");
        }
        if (numId.isEmpty() || numId.get().equals("0")) {
            return "";
        }
        return numbering.next(numId.get(), ilvl.orElse(0));
    }

    private OptionalInt styleOutline(String styleId) {
        String s = styleId;
        for (int guard = 0; guard < 32 && !s.isEmpty(); guard++) {
            StyleInfo info = styles.get(s);
            if (info == null) {
                break;
            }
            if (info.outline().isPresent()) {
                return info.outline();
            }
            s = info.basedOn().orElse("");
        }
        return OptionalInt.empty();
    }

    private void inline(Element parent, StringBuilder text, List<DocxLine> boxes, int depth) {
        depth(depth);
        for (Element e : Dom.elements(parent)) {
            if (Dom.MC.equals(e.getNamespaceURI())) {
                Optional<Element> branch = alternative(e);
                if (branch.isPresent()) {
                    inline(branch.get(), text, boxes, depth + 1);
                }
                continue;
            }
            String name = Dom.name(e);
            if (!Dom.isW(e)) {
                if (name.equals("t") || name.equals("oMath") || name.equals("oMathPara")) {
                    text.append(e.getTextContent()); // math: its text
                } else {
                    inline(e, text, boxes, depth + 1);
                }
                continue;
            }
            switch (name) {
                case "r" -> run(e, text, boxes, depth + 1);
                case "pPr",
                        "rPr",
                        "del",
                        "moveFrom",
                        "proofErr",
                        "bookmarkStart",
                        "bookmarkEnd",
                        "commentRangeStart",
                        "commentRangeEnd",
                        "permStart",
                        "permEnd",
                        "sdtPr",
                        "sdtEndPr" -> {}
                default -> inline(e, text, boxes, depth + 1); // hyperlink, ins, smartTag, fldSimple, sdt …
            }
        }
    }

    private void run(Element r, StringBuilder text, List<DocxLine> boxes, int depth) {
        depth(depth);
        int from = text.length();
        runContent(r, text, boxes, depth);
        runFormat(r, text, from);
    }

    private void runContent(Element r, StringBuilder text, List<DocxLine> boxes, int depth) {
        for (Element e : Dom.elements(r)) {
            if (Dom.MC.equals(e.getNamespaceURI())) {
                Optional<Element> branch = alternative(e);
                if (branch.isPresent()) {
                    depth(depth + 1);
                    runContent(branch.get(), text, boxes, depth + 1);
                }
                continue;
            }
            if (!Dom.isW(e)) {
                continue;
            }
            switch (Dom.name(e)) {
                case "t" -> text.append(e.getTextContent());
                case "tab", "ptab" -> text.append('\t');
                case "br" -> {
                    String type = Dom.attr(e, "type");
                    if (!type.equals("page") && !type.equals("column")) {
                        text.append(LineText.SOFT_BREAK);
                    }
                }
                case "cr" -> text.append(LineText.SOFT_BREAK);
                case "noBreakHyphen" -> text.append('-');
                case "sym" -> {
                    try {
                        char c = (char) Integer.parseInt(Dom.attr(e, "char"), 16);
                        text.append(c >= '\uF000' && c <= '\uF0FF' ? WordNumbering.symbol(c) : c);
                    } catch (NumberFormatException ex) {
                        // an unreadable symbol: nothing to show
                    }
                }
                case "footnoteReference" -> {
                    String mark = "[注" + (++footnoteCount) + "]";
                    noteRefs.add(new String[] {"f", Dom.attr(e, "id"), mark});
                    text.append(mark);
                }
                case "endnoteReference" -> {
                    String mark = "[尾注" + (++endnoteCount) + "]";
                    noteRefs.add(new String[] {"e", Dom.attr(e, "id"), mark});
                    text.append(mark);
                }
                case "drawing", "pict", "object" -> textBoxes(e, boxes, depth + 1);
                case "ruby" -> Dom.child(e, "rubyBase").ifPresent(b -> inline(b, text, boxes, depth + 1));
                default -> {} // instrText, delText, fldChar, rPr, lastRenderedPageBreak, softHyphen …
            }
        }
    }

    private void textBoxes(Element e, List<DocxLine> boxes, int depth) {
        depth(depth);
        for (Element c : Dom.elements(e)) {
            if (Dom.MC.equals(c.getNamespaceURI())) {
                Optional<Element> branch = alternative(c);
                if (branch.isPresent()) {
                    textBoxes(branch.get(), boxes, depth + 1);
                }
            } else if (Dom.is(c, "txbxContent")) {
                blocks(c, boxes, DocxLine.Kind.TEXT_BOX, depth + 1);
            } else {
                textBoxes(c, boxes, depth + 1);
            }
        }
    }
}
