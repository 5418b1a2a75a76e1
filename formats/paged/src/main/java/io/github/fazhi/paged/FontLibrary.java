package io.github.fazhi.paged;

import io.github.fazhi.paged.internal.FontDirectories;
import io.github.fazhi.paged.internal.SfntScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The font faces the PDF and OFD renderers may use: those installed on this machine (the folders fontconfig
 * names, {@code /usr/share/fonts}, {@code ~/.fonts}, the Windows and macOS font folders), plus folders and files
 * an app adds. Built once (listing the system's fonts reads only their name tables), immutable and safe to share
 * between threads.
 *
 * <pre>{@code
 * FontLibrary fonts = FontLibrary.system();                          // what this machine has
 * FontLibrary mine = FontLibrary.builder().directory(Path.of("/opt/app/fonts")).systemFonts(false).build();
 * fonts.find("仿宋_GB2312");                                          // Optional[FontFace]
 * }</pre>
 */
public final class FontLibrary {

    private static volatile FontLibrary system;

    private final List<FontFace> faces;

    private FontLibrary(List<FontFace> faces) {
        this.faces = List.copyOf(faces);
    }

    /** The fonts installed on this machine, listed the first time this is called and kept. */
    public static FontLibrary system() {
        FontLibrary s = system;
        if (s == null) {
            synchronized (FontLibrary.class) {
                s = system;
                if (s == null) {
                    s = builder().build();
                    system = s;
                }
            }
        }
        return s;
    }

    /** A builder; by default the library holds the system's fonts. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every face, those added by file first, then by folder, then the system's. */
    public List<FontFace> faces() {
        return faces;
    }

    /**
     * The face named {@code name} (any of its family names, or its PostScript name), preferring an upright face
     * of regular weight, or of bold weight when {@code bold}; embeddable faces before those that are not.
     */
    public Optional<FontFace> find(String name, boolean bold) {
        Objects.requireNonNull(name, "name");
        return faces.stream()
                .filter(f -> f.isNamed(name))
                .min(Comparator.comparingInt((FontFace f) -> f.embeddable() ? 0 : 1)
                        .thenComparingInt(f -> f.italic() ? 1 : 0)
                        .thenComparingInt(f -> Math.abs(f.weight() - (bold ? 700 : 400))));
    }

    /** The upright regular face named {@code name}, if there is one. */
    public Optional<FontFace> find(String name) {
        return find(name, false);
    }

    /** Every face in {@code file}, read now (a font file given by path in a {@code LayoutProfile}). */
    public static List<FontFace> read(Path file) {
        List<FontFace> out = new ArrayList<>();
        for (SfntScanner.FaceHeader h : SfntScanner.scan(file)) {
            out.add(new FontFace(h));
        }
        return out;
    }

    @Override
    public String toString() {
        return "FontLibrary[" + faces.size() + " faces]";
    }

    /** Builds a {@link FontLibrary}; not thread-safe. */
    public static final class Builder {
        private final List<Path> files = new ArrayList<>();
        private final List<Path> directories = new ArrayList<>();
        private boolean systemFonts = true;

        private Builder() {}

        /** Adds the faces of a font file ({@code .ttf}, {@code .ttc}, {@code .otf}). */
        public Builder file(Path file) {
            files.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Adds the font files in and below {@code directory}. */
        public Builder directory(Path directory) {
            directories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /** Whether the system's fonts are included (default true). */
        public Builder systemFonts(boolean value) {
            systemFonts = value;
            return this;
        }

        /** The library of the faces in the files and folders given. */
        public FontLibrary build() {
            List<FontFace> out = new ArrayList<>();
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    out.addAll(read(f));
                }
            }
            for (Path f : FontDirectories.fontFiles(directories)) {
                out.addAll(read(f));
            }
            if (systemFonts) {
                for (Path f : FontDirectories.fontFiles(FontDirectories.system())) {
                    out.addAll(read(f));
                }
            }
            return new FontLibrary(out);
        }
    }
}
