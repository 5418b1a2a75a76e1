package io.github.fazhi.docx;

/**
 * The paragraph style ids of the documents {@link DocxRenderer} writes, for node renderers that add
 * paragraphs of their own ({@link DocxWriter#paragraph(String)}).
 *
 * <pre>{@code
 * context.writer().paragraph(DocxStyles.heading(2)); // a paragraph in 标题 2 (heading 2)
 * }</pre>
 */
public final class DocxStyles {

    /** Body text: 仿宋 16 pt, first-line indent, justified. */
    public static final String NORMAL = "Normal";
    /** The built-in Title style: the title font, centred. */
    public static final String TITLE = "Title";
    /** The 主送机关 line: body font, flush left, no indent. */
    public static final String ADDRESSEE = "FazhiAddressee";
    /** Sign-off lines: body font, right-aligned, no indent. */
    public static final String SIGN_OFF = "FazhiSignOff";
    /** Header lines before the title: body font, centred. */
    public static final String HEADER_LINE = "FazhiHeaderLine";
    /** The footer (page numbers). */
    public static final String FOOTER = "Footer";

    private DocxStyles() {}

    /** The built-in heading style of {@code level} (1 to 4), {@code Heading1} … {@code Heading4}. */
    public static String heading(int level) {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("heading level must be 1 to 4: " + level);
        }
        return "Heading" + level;
    }
}
