package io.github.fazhi.docx.internal;

import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.LayoutProfile.Font;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@code fontTable.xml}: every font the layout names, never embedded, each with the alternative name
 * Word and WPS fall back to when the machine lacks it ({@code 仿宋_GB2312} → {@code 仿宋}, {@code 黑体} →
 * {@code SimHei} …) and the GB2312 character set (86) for the Chinese fonts.
 */
public final class FontTableXml {

    private static final Map<String, String> ALTERNATIVES = Map.of(
            "仿宋_GB2312", "仿宋",
            "楷体_GB2312", "楷体",
            "方正小标宋简体", "宋体",
            "仿宋", "FangSong",
            "楷体", "KaiTi",
            "黑体", "SimHei",
            "宋体", "SimSun");

    private FontTableXml() {}

    /** The fonts {@code p} names, in order of first use. */
    public static Set<String> fonts(LayoutProfile p) {
        Set<String> names = new LinkedHashSet<>();
        for (Font f :
                List.of(p.body(), p.title(), p.heading1(), p.heading2(), p.heading3(), p.heading4(), p.pageNumber())) {
            names.add(f.eastAsia());
            names.add(f.latin());
        }
        return names;
    }

    /** The font table part for {@code p}. */
    public static String build(LayoutProfile p) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        s.append("<w:fonts xmlns:w=\"").append(StylesXml.W).append("\">");
        for (String name : fonts(p)) {
            boolean chinese = !name.chars().allMatch(c -> c < 0x80);
            s.append("<w:font w:name=\"").append(StylesXml.attr(name)).append("\">");
            String alt = ALTERNATIVES.get(name);
            if (alt != null) {
                s.append("<w:altName w:val=\"").append(StylesXml.attr(alt)).append("\"/>");
            }
            s.append("<w:charset w:val=\"").append(chinese ? "86" : "00").append("\"/>");
            s.append("<w:family w:val=\"")
                    .append(name.contains("黑") ? "modern" : "roman")
                    .append("\"/>");
            s.append("<w:pitch w:val=\"").append(chinese ? "fixed" : "variable").append("\"/>");
            s.append("</w:font>");
        }
        s.append("</w:fonts>");
        return s.toString();
    }
}
