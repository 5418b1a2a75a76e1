package io.github.fazhi.paged.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders fonts are installed in on this machine: those fontconfig's configuration names, the usual
 * Linux, Windows and macOS font folders and the user's own, and the font files below them.
 */
public final class FontDirectories {

    private static final Pattern DIR = Pattern.compile("<dir(\\s+prefix=\"([a-z]+)\")?[^>]*>\\s*([^<]+?)\\s*</dir>");
    private static final int MAX_DEPTH = 8;
    private static final int MAX_FILES = 20_000;

    private FontDirectories() {}

    /** The system's and the user's font folders that exist, fontconfig's first. */
    public static List<Path> system() {
        return system(System.getenv(), System.getProperty("user.home", ""));
    }

    static List<Path> system(Map<String, String> env, String home) {
        Set<Path> dirs = new LinkedHashSet<>();
        Path h = Path.of(home.isEmpty() ? "." : home);
        String xdgData =
                env.getOrDefault("XDG_DATA_HOME", h.resolve(".local/share").toString());
        for (Path conf : fontconfigFiles()) {
            try {
                Matcher m = DIR.matcher(Files.readString(conf));
                while (m.find()) {
                    String prefix = m.group(2);
                    String d = m.group(3);
                    if ("xdg".equals(prefix)) {
                        dirs.add(Path.of(xdgData).resolve(d));
                    } else if (d.startsWith("~/")) {
                        dirs.add(h.resolve(d.substring(2)));
                    } else if (!d.startsWith("~")) {
                        dirs.add(Path.of(d));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable configuration file names no folders
            }
        }
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        dirs.add(h.resolve(".fonts"));
        dirs.add(h.resolve(".local/share/fonts"));
        String windir = env.getOrDefault("WINDIR", env.getOrDefault("SystemRoot", ""));
        if (!windir.isEmpty()) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        String local = env.getOrDefault("LOCALAPPDATA", "");
        if (!local.isEmpty()) {
            dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        dirs.add(Path.of("/System/Library/Fonts"));
        dirs.add(Path.of("/Library/Fonts"));
        dirs.add(h.resolve("Library/Fonts"));
        dirs.add(Path.of("/System/Library/AssetsV2"));
        dirs.add(Path.of("/Network/Library/Fonts"));
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            if (Files.isDirectory(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<Path> fontconfigFiles() {
        List<Path> out = new ArrayList<>();
        Path main = Path.of("/etc/fonts/fonts.conf");
        if (Files.isRegularFile(main)) {
            out.add(main);
        }
        Path confd = Path.of("/etc/fonts/conf.d");
        if (Files.isDirectory(confd)) {
            try (Stream<Path> s = Files.list(confd)) {
                s.filter(p -> p.toString().endsWith(".conf")).sorted().forEach(out::add);
            } catch (IOException e) {
                // no extra folders
            }
        }
        return out;
    }

    /** The font files ({@code .ttf .ttc .otf .otc}) in and below {@code dirs}, each once, in a stable order. */
    public static List<Path> fontFiles(List<Path> dirs) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d, MAX_DEPTH)) {
                s.filter(FontDirectories::isFontFile).sorted().limit(MAX_FILES).forEach(p -> out.add(p.normalize()));
            } catch (IOException | RuntimeException e) {
                // a folder that cannot be listed holds no candidates
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code p} is named like a TrueType or OpenType font or collection. */
    public static boolean isFontFile(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf") || n.endsWith(".otc"))
                && Files.isRegularFile(p);
    }
}
