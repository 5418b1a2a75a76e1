package io.github.fazhi.render.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the PDF and OFD renderers find the fonts a {@link LayoutProfile} names: for each name, the names to try
 * after it when the machine lacks it, and optionally the font file to use for it. Names are family names as the
 * font itself gives them, in any language ({@code 仿宋_GB2312}, {@code FangSong_GB2312}, {@code AR PL UMing CN});
 * matching ignores case, spaces, {@code -} and {@code _}.
 *
 * <p>{@link #standard()} knows the fonts of GB/T 9704 practice and their common substitutes on Windows, macOS
 * and Linux, ending with free faces Debian and most Linux distributions package (Fandol, AR PL, WenQuanYi,
 * Noto CJK, Liberation). A file given with {@link #withPath} is used before any name is looked up.
 *
 * <pre>{@code
 * FontFaces faces = FontFaces.standard()
 *         .withPath("仿宋_GB2312", Path.of("/opt/fonts/FZFSK.TTF"))
 *         .withFallbacks("方正小标宋简体", List.of("方正小标宋_GBK", "华文中宋"));
 * faces.candidates("仿宋_GB2312"); // [仿宋_GB2312, 仿宋, FangSong, …]
 * }</pre>
 *
 * @param fallbacks for a font name, the names to try after it, in order
 * @param paths for a font name, the file to use for it (a TrueType or OpenType file or collection)
 */
public record FontFaces(Map<String, List<String>> fallbacks, Map<String, Path> paths) {

    private static final List<String> SONG_FREE =
            List.of("FandolSong", "AR PL UMing CN", "AR PL SungtiL GB", "Noto Serif CJK SC", "Source Han Serif SC");
    private static final List<String> FANG_FREE =
            List.of("FandolFang", "AR PL UMing CN", "AR PL SungtiL GB", "Noto Serif CJK SC", "Source Han Serif SC");
    private static final List<String> KAI_FREE = List.of("FandolKai", "AR PL UKai CN", "AR PL KaitiM GB");
    private static final List<String> HEI_FREE =
            List.of("FandolHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Droid Sans Fallback");
    private static final List<String> TIMES_FREE =
            List.of("Liberation Serif", "TeX Gyre Termes", "Nimbus Roman", "Nimbus Roman No9 L", "FreeSerif");

    private static final FontFaces STANDARD;

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(
                "方正小标宋简体",
                join(
                        List.of("方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun", "Songti SC"),
                        SONG_FREE));
        m.put("仿宋_GB2312", join(List.of("仿宋", "FangSong", "FangSong_GB2312", "华文仿宋", "STFangsong"), FANG_FREE));
        m.put("仿宋", join(List.of("FangSong", "仿宋_GB2312", "FangSong_GB2312", "华文仿宋", "STFangsong"), FANG_FREE));
        m.put("楷体_GB2312", join(List.of("楷体", "KaiTi", "KaiTi_GB2312", "华文楷体", "STKaiti", "Kaiti SC"), KAI_FREE));
        m.put("楷体", join(List.of("KaiTi", "楷体_GB2312", "KaiTi_GB2312", "华文楷体", "STKaiti", "Kaiti SC"), KAI_FREE));
        m.put("黑体", join(List.of("SimHei", "华文黑体", "STHeiti", "Heiti SC", "PingFang SC", "Microsoft YaHei"), HEI_FREE));
        m.put("宋体", join(List.of("SimSun", "NSimSun", "华文宋体", "STSong", "Songti SC"), SONG_FREE));
        m.put(LayoutProfile.TIMES_NEW_ROMAN, join(List.of("Times", "Tinos"), TIMES_FREE));
        STANDARD = new FontFaces(m, Map.of());
    }

    /** Checks for nulls and copies the fallbacks and paths. */
    public FontFaces {
        Map<String, List<String>> f = new LinkedHashMap<>();
        fallbacks.forEach((k, v) -> f.put(Objects.requireNonNull(k, "font name"), List.copyOf(v)));
        fallbacks = java.util.Collections.unmodifiableMap(f);
        Map<String, Path> p = new LinkedHashMap<>();
        paths.forEach((k, v) -> p.put(Objects.requireNonNull(k, "font name"), Objects.requireNonNull(v, "path")));
        paths = java.util.Collections.unmodifiableMap(p);
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** The fonts of GB/T 9704 practice with their usual substitutes and free fallbacks; no paths. */
    public static FontFaces standard() {
        return STANDARD;
    }

    /** No fallbacks and no paths: every name must be found as it is. */
    public static FontFaces none() {
        return new FontFaces(Map.of(), Map.of());
    }

    /** The names to try for {@code fontName}: the name itself, then its fallbacks. */
    public List<String> candidates(String fontName) {
        List<String> out = new ArrayList<>();
        out.add(fontName);
        out.addAll(fallbacks.getOrDefault(fontName, List.of()));
        return List.copyOf(out);
    }

    /** The file given for {@code fontName}, if one was. */
    public Optional<Path> path(String fontName) {
        return Optional.ofNullable(paths.get(fontName));
    }

    /** A copy that uses {@code file} for the font named {@code fontName}. */
    public FontFaces withPath(String fontName, Path file) {
        Map<String, Path> p = new LinkedHashMap<>(paths);
        p.put(fontName, file);
        return new FontFaces(fallbacks, p);
    }

    /** A copy that tries {@code names}, in order, when the font named {@code fontName} is missing. */
    public FontFaces withFallbacks(String fontName, List<String> names) {
        Map<String, List<String>> f = new LinkedHashMap<>(fallbacks);
        f.put(fontName, names);
        return new FontFaces(f, paths);
    }
}
