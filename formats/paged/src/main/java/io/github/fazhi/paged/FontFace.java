package io.github.fazhi.paged;

import io.github.fazhi.paged.internal.SfntScanner;
import io.github.fazhi.paged.internal.SfntScanner.FaceHeader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One face of a font file on this machine (a file may be a collection of several), as {@link FontLibrary}
 * found it: its names, its file, whether it can be embedded, which characters it has and how wide they are.
 * Immutable and safe to share between threads; the glyph table is read from the file the first time it is
 * needed.
 *
 * <pre>{@code
 * FontFace fang = FontLibrary.system().find("仿宋_GB2312").orElseThrow();
 * fang.hasGlyph('法');       // true
 * fang.advance('法');        // 1.0 (em)
 * fang.embeddable();        // true for TrueType outlines that permit embedding
 * }</pre>
 */
public final class FontFace {

    /** What prevents a face from being embedded, if anything. */
    public enum Embedding {
        /** TrueType outlines that permit embedding: used as a subset. */
        ALLOWED,
        /** CFF (PostScript) outlines, which PDFBox and this library cannot subset (Noto CJK, Fandol, Source Han). */
        CFF_OUTLINES,
        /** The font's licence forbids embedding (OS/2 fsType: restricted licence or bitmap only). */
        RESTRICTED
    }

    private final FaceHeader header;
    private volatile Glyphs glyphs;
    /** The face as a stand-alone font file, kept while memory allows: renderings open it without the disk. */
    private volatile SoftReference<byte[]> file = new SoftReference<>(null);

    FontFace(FaceHeader header) {
        this.header = Objects.requireNonNull(header, "header");
    }

    /** Every family name the face gives, in every language it gives them. */
    public Set<String> familyNames() {
        return header.familyNames();
    }

    /** The name to show for the face: its English family name if it has one, else its first. */
    public String name() {
        String first = null;
        for (String n : header.familyNames()) {
            if (first == null) {
                first = n;
            }
            if (n.chars().allMatch(c -> c < 0x80)) {
                return n;
            }
        }
        return first;
    }

    /** The PostScript name ({@code UMingCN}), empty when the face has none. */
    public String postScriptName() {
        return header.postScriptName();
    }

    /** The sub-family ({@code Regular}, {@code Bold}). */
    public String subfamily() {
        return header.subfamily();
    }

    /** The weight class (400 regular, 700 bold). */
    public int weight() {
        return header.weight();
    }

    /** Whether the face is italic. */
    public boolean italic() {
        return header.italic();
    }

    /** The font file. */
    public Path path() {
        return header.path();
    }

    /** The face's index in a collection ({@code .ttc}); 0 in a plain font file. */
    public int index() {
        return header.index();
    }

    /** Whether, and if not why not, the face can be embedded. */
    public Embedding embedding() {
        if (header.cff()) {
            return Embedding.CFF_OUTLINES;
        }
        int fs = header.fsType();
        // bit 1: restricted licence embedding; bit 9: bitmap embedding only
        if ((fs & 0x000F) == 0x0002 || (fs & 0x0200) != 0) {
            return Embedding.RESTRICTED;
        }
        return Embedding.ALLOWED;
    }

    /** Whether the face can be embedded as a subset. */
    public boolean embeddable() {
        return embedding() == Embedding.ALLOWED;
    }

    /** Whether {@code name} is one of this face's family names, ignoring case, spaces, {@code -} and {@code _}. */
    public boolean isNamed(String name) {
        String n = normalise(name);
        for (String f : header.familyNames()) {
            if (normalise(f).equals(n)) {
                return true;
            }
        }
        return !header.postScriptName().isEmpty()
                && normalise(header.postScriptName()).equals(n);
    }

    static String normalise(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '-' && c != '_') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the face has a glyph for the code point {@code cp}. */
    public boolean hasGlyph(int cp) {
        return glyphs().gid(cp) > 0;
    }

    /** The code points of {@code text} the face has no glyph for, each once, in order of code point. */
    public Set<Integer> missing(CharSequence text) {
        Set<Integer> out = new TreeSet<>();
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !hasGlyph(cp))
                .forEach(out::add);
        return out;
    }

    /** The advance width of {@code cp} in em (1.0 for a Chinese character); 0.5 em when the face lacks it. */
    public double advance(int cp) {
        Glyphs g = glyphs();
        int gid = g.gid(cp);
        if (gid <= 0) {
            return 0.5;
        }
        int[] adv = g.advances;
        int a = gid < adv.length ? adv[gid] : adv[adv.length - 1];
        return a / (double) g.unitsPerEm;
    }

    /**
     * Opens the face with Apache FontBox for embedding (PDFBox takes it for a subset); close it after the
     * document is written.
     */
    public Opened open() throws IOException {
        return Opened.of(this);
    }

    /**
     * The face cut down to the glyphs of {@code codePoints}, as a TrueType file with a Unicode cmap, for formats
     * that embed a font file (OFD).
     */
    public byte[] subset(Collection<Integer> codePoints) throws IOException {
        try (Opened o = open()) {
            TTFSubsetter s = new TTFSubsetter(
                    o.font(),
                    List.of(
                            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap",
                            "name", "OS/2", "post"));
            for (int cp : codePoints) {
                s.add(cp);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.writeToStream(out);
            return out.toByteArray();
        }
    }

    /** The face as a stand-alone TrueType file: the file itself, or the face's tables cut out of a collection. */
    byte[] bytes() throws IOException {
        byte[] b = file.get();
        if (b == null) {
            byte[] all = Files.readAllBytes(path());
            b = isCollection(all) ? SfntScanner.extract(all, index()) : all;
            file = new SoftReference<>(b);
        }
        return b;
    }

    private static boolean isCollection(byte[] b) {
        return b.length > 4 && b[0] == 't' && b[1] == 't' && b[2] == 'c' && b[3] == 'f';
    }

    private Glyphs glyphs() {
        Glyphs g = glyphs;
        if (g == null) {
            synchronized (this) {
                g = glyphs;
                if (g == null) {
                    try (Opened o = open()) {
                        g = Glyphs.read(o.font());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the glyphs of " + this, e);
                    }
                    glyphs = g;
                }
            }
        }
        return g;
    }

    @Override
    public String toString() {
        return name() + " (" + path()
                + (index() > 0 || path().toString().toLowerCase(Locale.ROOT).endsWith(".ttc") ? " #" + index() : "")
                + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FontFace f && f.path().equals(path()) && f.index() == index();
    }

    @Override
    public int hashCode() {
        return path().hashCode() * 31 + index();
    }

    /** A face opened with FontBox; closing it closes the file. */
    public static final class Opened implements Closeable {
        private final TrueTypeFont font;
        private final Closeable owner;

        private Opened(TrueTypeFont font, Closeable owner) {
            this.font = font;
            this.owner = owner;
        }

        static Opened of(FontFace face) throws IOException {
            TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
            return new Opened(f, f);
        }

        /** The FontBox font. */
        public TrueTypeFont font() {
            return font;
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    private static final class Glyphs {
        final CmapLookup cmap;
        final int[] advances;
        final int unitsPerEm;

        private Glyphs(CmapLookup cmap, int[] advances, int unitsPerEm) {
            this.cmap = cmap;
            this.advances = advances;
            this.unitsPerEm = unitsPerEm;
        }

        static Glyphs read(TrueTypeFont f) throws IOException {
            CmapLookup cmap = f.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw new IOException("no Unicode cmap");
            }
            int n = Math.max(1, f.getNumberOfGlyphs());
            int[] adv = new int[n];
            for (int i = 0; i < n; i++) {
                adv[i] = f.getAdvanceWidth(i);
            }
            return new Glyphs(cmap, adv, Math.max(1, f.getUnitsPerEm()));
        }

        int gid(int cp) {
            return cmap.getGlyphId(cp);
        }
    }
}
