package io.github.fazhi.docx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *   <li>Not read: headers and footers (page furniture such as page numbers), comments, deleted text.
 * </ul>
 */
public final class DocxTextExtractor {

    private record StyleInfo(
            Optional<String> basedOn, Optional<String> numId, OptionalInt ilvl, OptionalInt outline, String name) {}

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

    private void readStyles(Document d) {
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
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (outline.isEmpty() && lower.matches("heading [1-9]")) {
                outline = OptionalInt.of(lower.charAt(8) - '1');
            }
            styles.put(Dom.attr(s, "styleId"), new StyleInfo(basedOn, numId, ilvl, outline, name));
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
                .orElse("");
        String label = label(ppr, styleId);
        OptionalInt outline = ppr.flatMap(x -> Dom.child(x, "outlineLvl"))
                .map(e -> OptionalInt.of(Dom.intAttr(e, "val", 9)))
                .orElseGet(() -> styleOutline(styleId));
        if (outline.isPresent() && outline.getAsInt() > 8) {
            outline = OptionalInt.empty();
        }
        StringBuilder text = new StringBuilder(label);
        List<DocxLine> boxes = new ArrayList<>();
        inline(p, text, boxes, depth + 1);
        out.add(new DocxLine(LineText.normalise(text), kind, outline));
        out.addAll(boxes);
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
        for (Element e : Dom.elements(r)) {
            if (Dom.MC.equals(e.getNamespaceURI())) {
                Optional<Element> branch = alternative(e);
                if (branch.isPresent()) {
                    run(branch.get(), text, boxes, depth + 1);
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
