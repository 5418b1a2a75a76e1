package io.github.fazhi.paged.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what choosing a face needs from a TrueType or OpenType file or collection without parsing the whole
 * font: every family name in every language the name table has (so {@code 仿宋_GB2312} and
 * {@code FangSong_GB2312} both find the same face), the PostScript and sub-family names, the weight, whether
 * the outlines are TrueType or CFF, and the embedding permissions.
 */
public final class SfntScanner {

    private static final int TTCF = 0x74746366;
    private static final int OTTO = 0x4F54544F;
    private static final int TRUE = 0x74727565;
    private static final int VERSION_1 = 0x00010000;
    private static final int MAX_FACES = 64;
    private static final int MAX_TABLES = 512;

    private SfntScanner() {}

    /** What one face of a font file says about itself. */
    public record FaceHeader(
            Path path,
            int index,
            Set<String> familyNames,
            String postScriptName,
            String subfamily,
            int weight,
            boolean italic,
            boolean cff,
            int fsType) {}

    /** The faces of {@code file}: one for a plain font file, several for a collection; empty when unreadable. */
    public static List<FaceHeader> scan(Path file) {
        List<FaceHeader> out = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() < 12) {
                return out;
            }
            int tag = in.readInt();
            if (tag == TTCF) {
                in.readInt(); // version
                long n = in.readInt() & 0xFFFFFFFFL;
                if (n > MAX_FACES) {
                    return out;
                }
                long[] offsets = new long[(int) n];
                for (int i = 0; i < n; i++) {
                    offsets[i] = in.readInt() & 0xFFFFFFFFL;
                }
                for (int i = 0; i < n; i++) {
                    FaceHeader f = face(in, file, i, offsets[i]);
                    if (f != null) {
                        out.add(f);
                    }
                }
            } else if (tag == VERSION_1 || tag == OTTO || tag == TRUE) {
                FaceHeader f = face(in, file, 0, 0);
                if (f != null) {
                    out.add(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a broken or unreadable font file is simply not a candidate
        }
        return out;
    }

    private static FaceHeader face(RandomAccessFile in, Path file, int index, long offset) throws IOException {
        in.seek(offset);
        int version = in.readInt();
        if (version != VERSION_1 && version != OTTO && version != TRUE) {
            return null;
        }
        int numTables = in.readUnsignedShort();
        if (numTables > MAX_TABLES) {
            return null;
        }
        in.skipBytes(6);
        long name = -1;
        long nameLength = 0;
        long os2 = -1;
        boolean glyf = false;
        boolean cff = false;
        for (int i = 0; i < numTables; i++) {
            int tag = in.readInt();
            in.readInt(); // checksum
            long at = in.readInt() & 0xFFFFFFFFL;
            long length = in.readInt() & 0xFFFFFFFFL;
            switch (tag) {
                case 0x6E616D65 -> { // name
                    name = at;
                    nameLength = length;
                }
                case 0x4F532F32 -> os2 = at; // OS/2
                case 0x676C7966 -> glyf = true; // glyf
                case 0x43464620, 0x43464632 -> cff = true; // 'CFF ', CFF2
                default -> {}
            }
        }
        if (name < 0 || (!glyf && !cff)) {
            return null;
        }
        int fsType = 0;
        int weight = 400;
        boolean italic = false;
        if (os2 >= 0 && os2 + 64 <= in.length()) {
            in.seek(os2 + 4);
            weight = in.readUnsignedShort();
            in.skipBytes(2);
            fsType = in.readUnsignedShort();
            in.seek(os2 + 62);
            italic = (in.readUnsignedShort() & 1) != 0;
        }
        Names names = names(in, name, nameLength);
        if (names.families.isEmpty()) {
            return null;
        }
        return new FaceHeader(
                file,
                index,
                Set.copyOf(names.families),
                names.postScript,
                names.subfamily,
                weight,
                italic || names.subfamily.toLowerCase(java.util.Locale.ROOT).contains("italic"),
                cff && !glyf,
                fsType);
    }

    private static final class Names {
        final Set<String> families = new LinkedHashSet<>();
        String postScript = "";
        String subfamily = "";
    }

    private static Names names(RandomAccessFile in, long at, long length) throws IOException {
        Names n = new Names();
        if (length < 6 || length > 4_000_000 || at + length > in.length()) {
            return n;
        }
        byte[] t = new byte[(int) length];
        in.seek(at);
        in.readFully(t);
        int count = u16(t, 2);
        int strings = u16(t, 4);
        for (int i = 0; i < count && 6 + i * 12 + 12 <= t.length; i++) {
            int r = 6 + i * 12;
            int platform = u16(t, r);
            int encoding = u16(t, r + 2);
            int language = u16(t, r + 4);
            int nameId = u16(t, r + 6);
            int len = u16(t, r + 8);
            int off = strings + u16(t, r + 10);
            if (off + len > t.length || (nameId != 1 && nameId != 2 && nameId != 4 && nameId != 6 && nameId != 16)) {
                continue;
            }
            Charset cs = charset(platform, encoding);
            if (cs == null) {
                continue;
            }
            String s = new String(t, off, len, cs).replace("\0", "").strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean english = platform == 3 && language == 0x409 || platform == 1 && language == 0;
            switch (nameId) {
                case 1, 16, 4 -> n.families.add(s);
                case 6 -> n.postScript = n.postScript.isEmpty() ? s : n.postScript;
                case 2 -> {
                    if (n.subfamily.isEmpty() || english) {
                        n.subfamily = s;
                    }
                }
                default -> {}
            }
        }
        return n;
    }

    private static Charset charset(int platform, int encoding) {
        if (platform == 0 || platform == 3 && (encoding == 1 || encoding == 10 || encoding == 0)) {
            return StandardCharsets.UTF_16BE;
        }
        if (platform == 1 && encoding == 0) {
            return StandardCharsets.ISO_8859_1;
        }
        if (platform == 1 && encoding == 25 || platform == 3 && encoding == 3) {
            return Charset.isSupported("GBK") ? Charset.forName("GBK") : null;
        }
        return null;
    }

    /**
     * Face {@code index} of the collection {@code ttc} as a stand-alone font file: its offset table and table
     * records, and a copy of each table it names, 4-byte aligned, with the offsets rewritten.
     */
    public static byte[] extract(byte[] ttc, int index) throws IOException {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(ttc);
        if (in.getInt(0) != TTCF || index < 0 || index >= in.getInt(8)) {
            throw new IOException("not a font collection with a face " + index);
        }
        int at = in.getInt(12 + 4 * index);
        int numTables = in.getShort(at + 4) & 0xFFFF;
        if (numTables > MAX_TABLES) {
            throw new IOException("too many tables: " + numTables);
        }
        int header = 12 + 16 * numTables;
        long size = header;
        for (int i = 0; i < numTables; i++) {
            size += (in.getInt(at + 12 + 16 * i + 12) + 3L) & ~3L;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("face too large");
        }
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate((int) size);
        out.put(ttc, at, 12);
        int data = header;
        for (int i = 0; i < numTables; i++) {
            int r = at + 12 + 16 * i;
            int offset = in.getInt(r + 8);
            int length = in.getInt(r + 12);
            if (offset < 0 || length < 0 || (long) offset + length > ttc.length) {
                throw new IOException("table " + i + " lies outside the file");
            }
            out.putInt(12 + 16 * i, in.getInt(r));
            out.putInt(12 + 16 * i + 4, in.getInt(r + 4));
            out.putInt(12 + 16 * i + 8, data);
            out.putInt(12 + 16 * i + 12, length);
            System.arraycopy(ttc, offset, out.array(), data, length);
            data += (length + 3) & ~3;
        }
        return out.array();
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | b[i + 1] & 0xFF;
    }
}
