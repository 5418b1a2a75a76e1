package io.github.fazhi.render.layout;

/**
 * What a font of a {@link LayoutProfile} is used for. The PDF and OFD renderers say which face they used for
 * each role.
 *
 * <pre>{@code
 * LayoutProfile.gbt9704().font(FontRole.HEADING_2).eastAsia(); // "楷体_GB2312"
 * }</pre>
 */
public enum FontRole {
    /** The title (2号 小标宋). */
    TITLE,
    /** Body text, addressee, sign-off (3号 仿宋). */
    BODY,
    /** Level-1 headings 一、 (3号 黑体). */
    HEADING_1,
    /** Level-2 headings （一） (3号 楷体). */
    HEADING_2,
    /** Level-3 headings 1. (3号 仿宋). */
    HEADING_3,
    /** Level-4 headings （1） (3号 仿宋). */
    HEADING_4,
    /** Page numbers (4号 宋体). */
    PAGE_NUMBER;

    /** The role of a heading at {@code level} (1 to 4). */
    public static FontRole heading(int level) {
        return switch (level) {
            case 1 -> HEADING_1;
            case 2 -> HEADING_2;
            case 3 -> HEADING_3;
            case 4 -> HEADING_4;
            default -> throw new IllegalArgumentException("heading level must be 1 to 4: " + level);
        };
    }
}
