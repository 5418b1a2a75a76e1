package io.github.fazhi.docx;

import io.github.fazhi.docx.internal.StylesXml;

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
    public static final String NORMAL = StylesXml.NORMAL;
    /** The built-in Title style: the title font, centred. */
    public static final String TITLE = StylesXml.TITLE;
    /** The 主送机关 line: body font, flush left, no indent. */
    public static final String ADDRESSEE = StylesXml.ADDRESSEE;
    /** Sign-off lines: body font, right-aligned, no indent. */
    public static final String SIGN_OFF = StylesXml.SIGN_OFF;
    /** Header lines before the title: body font, centred. */
    public static final String HEADER_LINE = StylesXml.HEADER_LINE;
    /** The footer (page numbers). */
    public static final String FOOTER = StylesXml.FOOTER;

    private DocxStyles() {}

    /** The built-in heading style of {@code level} (1 to 4), {@code Heading1} … {@code Heading4}. */
    public static String heading(int level) {
        check(level);
        return StylesXml.heading(level);
    }

    /**
     * The character style of a run-in heading at {@code level} (1 to 4), {@code FazhiRunInHeading1} …: the heading
     * font on the first run of a body paragraph, without an outline level.
     */
    public static String runInHeading(int level) {
        check(level);
        return StylesXml.runInHeading(level);
    }

    private static void check(int level) {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("heading level must be 1 to 4: " + level);
        }
    }
}
