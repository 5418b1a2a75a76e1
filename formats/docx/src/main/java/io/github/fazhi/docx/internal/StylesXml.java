package io.github.fazhi.docx.internal;

import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.LayoutProfile.Font;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Builds the document's {@code styles.xml} from a {@link LayoutProfile}: document defaults, {@code Normal}
 * (body text with the first-line indent), the built-in {@code Title} and {@code heading 1} to
 * {@code heading 4} (with outline levels 0 to 3, so Word and WPS list them in the navigation pane as
 * 标题 1 to 标题 4), {@code footer}, and three styles of our own: 主送机关, 落款 and 版头行.
 */
public final class StylesXml {

    /** Style id of body paragraphs. */
    public static final String NORMAL = "Normal";
    /** Style id of the title. */
    public static final String TITLE = "Title";
    /** Style id of the addressee line. */
    public static final String ADDRESSEE = "FazhiAddressee";
    /** Style id of sign-off lines. */
    public static final String SIGN_OFF = "FazhiSignOff";
    /** Style id of header lines before the title. */
    public static final String HEADER_LINE = "FazhiHeaderLine";
    /** Style id of the footer (page numbers). */
    public static final String FOOTER = "Footer";

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private StylesXml() {}

    /** Style id of a heading at {@code level} (1 to 4). */
    public static String heading(int level) {
        return "Heading" + level;
    }

    /** Style id of the character style of a run-in heading at {@code level} (1 to 4). */
    public static String runInHeading(int level) {
        return "FazhiRunInHeading" + level;
    }

    /** Parsed styles parts of the layouts rendered last, a few at most (a renderer has one layout). */
    private static final Map<LayoutProfile, CTStyles> PARSED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LayoutProfile, CTStyles> eldest) {
            return size() > 8;
        }
    };

    /**
     * The styles part for {@code p}, parsed: a copy of the one parsed for the layout before, as building and parsing
     * it for every document was a tenth of writing one. {@link #parse} (building and parsing afresh) is the reference.
     */
    public static CTStyles parsed(LayoutProfile p) {
        CTStyles template;
        synchronized (PARSED) {
            template = PARSED.get(p);
            if (template == null) {
                template = parse(p);
                PARSED.put(p, template);
            }
            // copied under the lock: the template is read by one thread at a time
            return (CTStyles) template.copy();
        }
    }

    /** The styles part for {@code p}, built and parsed now. */
    public static CTStyles parse(LayoutProfile p) {
        try {
            XmlOptions o = new XmlOptions();
            o.setLoadReplaceDocumentElement(null);
            return CTStyles.Factory.parse(build(p), o);
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in styles do not parse", e);
        }
    }

    /** The styles part for {@code p}. */
    public static String build(LayoutProfile p) {
        Font body = p.body();
        int indentHundredths = p.firstLineIndentChars() * 100;
        int indentTwips = p.firstLineIndentChars() * body.halfPoints() * 10;
        StringBuilder s = new StringBuilder(8192);
        s.append("<w:styles xmlns:w=\"").append(W).append("\">");
        s.append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append(fonts(body))
                .append("<w:color w:val=\"000000\"/>")
                .append(spacing(p))
                .append(size(body))
                .append("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr>" + NO_HANGING + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" "
                        + "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                        + "<w:qFormat/><w:pPr><w:widowControl/>" + NO_HANGING + "<w:ind w:firstLineChars=\"")
                .append(indentHundredths)
                .append("\" w:firstLine=\"")
                .append(indentTwips)
                .append("\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr>")
                .append(fonts(body))
                .append(bold(body))
                .append(size(body))
                .append("</w:rPr></w:style>");
        s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
                + "<w:unhideWhenUsed/></w:style>");
        s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" "
                + "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "</w:style>");
        s.append("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
                        + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/>"
                        + "<w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"")
                .append(p.linePitchTwips())
                .append("\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
                        + "<w:jc w:val=\"center\"/></w:pPr><w:rPr>")
                .append(fonts(p.title()))
                .append(bold(p.title()))
                .append(NO_SPACING)
                .append(size(p.title()))
                .append("</w:rPr></w:style>");
        for (int level = 1; level <= 4; level++) {
            Font f = p.heading(level);
            s.append("<w:style w:type=\"paragraph\" w:styleId=\"")
                    .append(heading(level))
                    .append("\"><w:name w:val=\"heading ")
                    .append(level)
                    .append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/>")
                    .append(level > 1 ? "<w:unhideWhenUsed/>" : "")
                    .append("<w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"")
                    .append(level - 1)
                    .append("\"/></w:pPr><w:rPr>")
                    .append(fonts(f))
                    .append(bold(f))
                    .append(size(f))
                    .append("</w:rPr></w:style>");
        }
        for (int level = 1; level <= 4; level++) {
            Font f = p.heading(level);
            s.append("<w:style w:type=\"character\" w:styleId=\"")
                    .append(runInHeading(level))
                    .append("\"><w:name w:val=\"段首标题 ")
                    .append(level)
                    .append(
                            "\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"9\"/><w:qFormat/><w:rPr>")
                    .append(fonts(f))
                    .append(bold(f))
                    .append(size(f))
                    .append("</w:rPr></w:style>");
        }
        s.append("<w:style w:type=\"paragraph\" w:styleId=\"" + ADDRESSEE + "\"><w:name w:val=\"主送机关\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/></w:pPr></w:style>");
        s.append("<w:style w:type=\"paragraph\" w:styleId=\"" + SIGN_OFF + "\"><w:name w:val=\"落款\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>"
                + "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/></w:pPr></w:style>");
        s.append("<w:style w:type=\"paragraph\" w:styleId=\"" + HEADER_LINE + "\"><w:name w:val=\"版头行\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>"
                + "<w:pPr><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr></w:style>");
        s.append("<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/>"
                        + "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
                        + "<w:pPr><w:snapToGrid w:val=\"0\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
                        + "</w:pPr><w:rPr>")
                .append(fonts(p.pageNumber()))
                .append(NO_SPACING)
                .append(size(p.pageNumber()))
                .append("</w:rPr></w:style>");
        s.append("</w:styles>");
        return s.toString();
    }

    /**
     * Line-end punctuation stays inside the type area: kinsoku rules on, hanging punctuation
     * ({@code overflowPunct}, LibreOffice's "allow hanging punctuation") off, so Word, WPS and LibreOffice move a
     * character down with the mark instead of letting a 29th character hang up to 5.7 mm into the right margin.
     */
    static final String NO_HANGING = "<w:kinsoku/><w:overflowPunct w:val=\"0\"/>";

    /** Undoes the body's condensed spacing for the title and the page numbers, which are set on their own. */
    private static final String NO_SPACING = "<w:spacing w:val=\"0\"/>";

    /** The condensed character spacing that fits 28 body characters a line, when the grid does not. */
    static String spacing(LayoutProfile p) {
        int v = p.gridMode() == LayoutProfile.GridMode.LINES_AND_CHARACTER_SPACING ? p.characterSpacingTwentieths() : 0;
        return v == 0 ? "" : "<w:spacing w:val=\"" + v + "\"/>";
    }

    static String fonts(Font f) {
        return "<w:rFonts w:ascii=\"" + attr(f.latin()) + "\" w:eastAsia=\"" + attr(f.eastAsia()) + "\" w:hAnsi=\""
                + attr(f.latin()) + "\" w:cs=\"" + attr(f.latin()) + "\" w:hint=\"eastAsia\"/>";
    }

    static String bold(Font f) {
        return f.bold() ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>";
    }

    static String size(Font f) {
        return "<w:sz w:val=\"" + f.halfPoints() + "\"/><w:szCs w:val=\"" + f.halfPoints() + "\"/>";
    }

    static String attr(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
