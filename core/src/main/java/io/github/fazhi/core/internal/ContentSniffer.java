package io.github.fazhi.core.internal;

import io.github.fazhi.core.read.DocumentFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells a file's format from its content: magic bytes first, then the structure behind them (the entry
 * names of a ZIP's central directory, the stream names of an OLE compound file, the first tag of a
 * markup file). Reads names only, never inflates anything, and looks at a bounded part of the content,
 * so hostile files cost no more than any other.
 */
public final class ContentSniffer {

    /** How far into a text-like file to look for markup or a NUL byte. */
    private static final int TEXT_PROBE = 64 * 1024;
    /** How many ZIP entry names to list at most. */
    private static final int MAX_ENTRIES = 4096;
    /** The custom document property WPS Office writes into every file it saves, in UTF-16LE. */
    private static final byte[] KSO_PROPERTY = "KSOProductBuildVer".getBytes(StandardCharsets.UTF_16LE);

    private static final byte[] KSO_PROPERTY_8BIT = "KSOProductBuildVer".getBytes(StandardCharsets.US_ASCII);

    private ContentSniffer() {}

    /** The format of {@code content}: a known one, {@link DocumentFormat#TEXT} or {@link DocumentFormat#BINARY}. */
    public static DocumentFormat detect(byte[] content) {
        byte[] b = content;
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6) || startsWith(b, 'P', 'K', 7, 8)) {
            return zip(b);
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole(b);
        }
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return DocumentFormat.PDF;
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')
                || startsWith(b, 0xFF, 0xD8, 0xFF)
                || startsWith(b, 'I', 'I', 0x2A, 0)
                || startsWith(b, 'M', 'M', 0, 0x2A)
                || startsWith(b, 'G', 'I', 'F', '8')
                || startsWith(b, 'B', 'M') && b.length > 26 && b[14] >= 12 && b[15] == 0 && b[16] == 0
                || startsWith(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
            return DocumentFormat.IMAGE;
        }
        if (startsWith(b, 'R', 'a', 'r', '!')
                || startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)
                || startsWith(b, 0x1F, 0x8B)
                || startsWith(b, 'B', 'Z', 'h')) {
            return DocumentFormat.ARCHIVE;
        }
        return textLike(b);
    }

    // ------------------------------------------------------------------------------------------------

    static DocumentFormat textLike(byte[] b) {
        int limit = Math.min(b.length, TEXT_PROBE);
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
            return textLike(head(b, limit, true));
        }
        // the probe as Latin-1 chars, one char a byte: searched with String's own (vectorised) searches, and
        // markup's words matched without lower-casing a copy of it
        String probe = new String(b, 0, limit, StandardCharsets.ISO_8859_1);
        if (probe.indexOf('\0') >= 0) {
            return DocumentFormat.BINARY;
        }
        // markup and RTF are ASCII at the start in every encoding fazhi reads
        int i = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < limit && Character.isWhitespace(probe.charAt(i))) {
            i++; // (U+FEFF is no Latin-1 char)
        }
        if (probe.startsWith("{\\rtf", i)) {
            return DocumentFormat.RTF;
        }
        if (i < limit && probe.charAt(i) == '{') {
            return DocumentFormat.JSON;
        }
        if (i + 1 < limit && probe.charAt(i) == '<' && isMarkupStart(probe.charAt(i + 1))) {
            return markup(probe, i);
        }
        return DocumentFormat.TEXT;
    }

    /**
     * {@link #textLike(String)}'s reading of {@code head} (the probe decoded, a byte-order mark left out): the
     * plain path, which UTF-16 files take, and the reference the Latin-1 path is tested against.
     */
    static DocumentFormat textLike(String head) {
        int i = 0;
        while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (head.startsWith("{\\rtf", i)) {
            return DocumentFormat.RTF;
        }
        if (i < head.length() && head.charAt(i) == '{') {
            return DocumentFormat.JSON;
        }
        if (i + 1 < head.length() && head.charAt(i) == '<' && isMarkupStart(head.charAt(i + 1))) {
            return markup(head.substring(i).toLowerCase(Locale.ROOT));
        }
        return DocumentFormat.TEXT;
    }

    /**
     * {@link #textLike(byte[])} the plain way, a NUL scan of the bytes and the probe lower-cased: the reference
     * the fast path is tested against.
     */
    static DocumentFormat textLikePlain(byte[] b) {
        int limit = Math.min(b.length, TEXT_PROBE);
        boolean utf16 = startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
        if (!utf16) {
            for (int i = 0; i < limit; i++) {
                if (b[i] == 0) {
                    return DocumentFormat.BINARY;
                }
            }
        }
        return textLike(head(b, limit, utf16));
    }

    /**
     * {@link #markup(String)} on {@code probe} from {@code from}, as if lower-cased: each word (ASCII, lower
     * case) is looked for at each place its first non-letter stands, and compared there in ASCII lower case
     * (a Latin-1 char that is not ASCII lower-cases to one that is not ASCII either, so it matches no char of
     * a word in either way).
     */
    private static DocumentFormat markup(String probe, int from) {
        if (contains(probe, from, "office:mimetype=\"application/vnd.oasis.opendocument.text")) {
            return DocumentFormat.ODT;
        }
        if (contains(probe, from, "office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet")) {
            return DocumentFormat.SPREADSHEET;
        }
        if (contains(probe, from, "<w:worddocument")) {
            return DocumentFormat.WORD_XML;
        }
        boolean xml = at(probe, from, "<?xml");
        if (at(probe, from, "<!doctype html")
                || contains(probe, from, "<html")
                || contains(probe, from, "<body")
                || contains(probe, from, "<head")
                || (!xml && hasHtmlTag(probe, from))) {
            return DocumentFormat.HTML;
        }
        if (xml || at(probe, from, "<!--")) {
            return DocumentFormat.XML;
        }
        return DocumentFormat.TEXT;
    }

    private static boolean hasHtmlTag(String probe, int from) {
        for (String tag : HTML_TAGS) {
            if (contains(probe, from, tag)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> HTML_TAGS =
            List.of("<div", "<p>", "<p ", "<table", "<meta", "<title", "<span", "<br", "<h1", "<h2");

    /** Whether {@code word} (lower case) stands in {@code s} at or after {@code from}, in any ASCII case. */
    private static boolean contains(String s, int from, String word) {
        int pivot = 0;
        while (Character.isLetter(word.charAt(pivot))) {
            pivot++; // every word here has a non-letter, which only matches itself
        }
        char p = word.charAt(pivot);
        for (int k = s.indexOf(p, from + pivot); k >= 0; k = s.indexOf(p, k + 1)) {
            if (at(s, k - pivot, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} (lower case) stands in {@code s} at {@code at}, in any ASCII case. */
    private static boolean at(String s, int at, String word) {
        if (at < 0 || at + word.length() > s.length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            char c = s.charAt(at + j);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMarkupStart(char c) {
        return c == '!' || c == '?' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static DocumentFormat markup(String lower) {
        if (lower.contains("office:mimetype=\"application/vnd.oasis.opendocument.text")) {
            return DocumentFormat.ODT;
        }
        if (lower.contains("office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet")) {
            return DocumentFormat.SPREADSHEET;
        }
        if (lower.contains("<w:worddocument")) {
            return DocumentFormat.WORD_XML;
        }
        if (lower.startsWith("<!doctype html")
                || lower.contains("<html")
                || lower.contains("<body")
                || lower.contains("<head")
                || (!lower.startsWith("<?xml") && hasHtmlTag(lower))) {
            return DocumentFormat.HTML;
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<!--")) {
            return DocumentFormat.XML;
        }
        return DocumentFormat.TEXT;
    }

    private static boolean hasHtmlTag(String lower) {
        for (String tag : List.of("<div", "<p>", "<p ", "<table", "<meta", "<title", "<span", "<br", "<h1", "<h2")) {
            if (lower.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String head(byte[] b, int limit, boolean utf16) {
        if (utf16) {
            boolean le = (b[0] & 0xFF) == 0xFF;
            return new String(
                    b, 2, Math.max(0, (limit - 2) & ~1), le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        }
        // markup and RTF are ASCII at the start in every encoding fazhi reads
        int from = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new String(b, from, Math.max(0, limit - from), StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------------------------------------------
    // ZIP: entry names from the central directory, else from the local headers at the start

    private static DocumentFormat zip(byte[] b) {
        List<String> names = centralDirectoryNames(b);
        if (names.isEmpty()) {
            names = localHeaderNames(b);
        }
        boolean contentTypes = false;
        for (String n : names) {
            String name = n.startsWith("/") ? n.substring(1) : n;
            if (name.equals("word/document.xml") || name.startsWith("word/document")) {
                return DocumentFormat.DOCX;
            }
            if (name.equalsIgnoreCase("OFD.xml")) {
                return DocumentFormat.OFD;
            }
            if (name.startsWith("xl/")) {
                return DocumentFormat.SPREADSHEET;
            }
            if (name.startsWith("ppt/")) {
                return DocumentFormat.PRESENTATION;
            }
            if (name.equals("[Content_Types].xml")) {
                contentTypes = true;
            }
        }
        String start = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
        if (start.contains("application/vnd.oasis.opendocument.text")) {
            return DocumentFormat.ODT;
        }
        if (start.contains("application/vnd.oasis.opendocument.spreadsheet")) {
            return DocumentFormat.SPREADSHEET;
        }
        if (start.contains("application/vnd.oasis.opendocument.presentation")) {
            return DocumentFormat.PRESENTATION;
        }
        if (start.contains("application/epub+zip")) {
            return DocumentFormat.EPUB;
        }
        // an OOXML package whose directory could not be listed (damaged): the DOCX reader says what is wrong
        return contentTypes ? DocumentFormat.DOCX : DocumentFormat.ZIP;
    }

    private static List<String> centralDirectoryNames(byte[] b) {
        List<String> names = new ArrayList<>();
        int eocd = -1;
        for (int i = b.length - 22; i >= 0 && i >= b.length - 22 - 65535; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return names;
        }
        int count = u16(b, eocd + 10);
        long offset = u32(b, eocd + 16);
        // positions in long: a damaged directory offset near 2^31 must not wrap round to a negative index
        long at = offset;
        for (int k = 0; k < count && k < MAX_ENTRIES; k++) {
            if (at < 0 || at + 46 > b.length) {
                break;
            }
            int p = (int) at;
            if (!(b[p] == 'P' && b[p + 1] == 'K' && b[p + 2] == 1 && b[p + 3] == 2)) {
                break;
            }
            int nameLength = u16(b, p + 28);
            int extra = u16(b, p + 30);
            int comment = u16(b, p + 32);
            if (at + 46 + nameLength > b.length) {
                break;
            }
            names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
            at += 46L + nameLength + extra + comment;
        }
        return names;
    }

    private static List<String> localHeaderNames(byte[] b) {
        List<String> names = new ArrayList<>();
        if (b.length >= 30 && b[2] == 3 && b[3] == 4) {
            int nameLength = u16(b, 26);
            if (30 + nameLength <= b.length) {
                names.add(new String(b, 30, nameLength, StandardCharsets.UTF_8));
            }
        }
        return names;
    }

    // ------------------------------------------------------------------------------------------------
    // OLE compound files: the names of the directory entries

    private static DocumentFormat ole(byte[] b) {
        if (hasOleEntry(b, "EncryptionInfo") || hasOleEntry(b, "EncryptedPackage")) {
            return DocumentFormat.ENCRYPTED_OFFICE;
        }
        if (hasOleEntry(b, "WordDocument")) {
            // WPS Office writes its .wps (and .doc) in the Word binary format, with marks of its own beside
            // it: mostly a WpsCustomData stream, always (in the files examined) a KSOProductBuildVer
            // custom property, whose name WPS stores in UTF-16LE (other writers in an 8-bit code page)
            return hasOleEntry(b, "WpsCustomData")
                            || indexOf(b, KSO_PROPERTY, 512, b.length) >= 0
                            || indexOf(b, KSO_PROPERTY_8BIT, 512, b.length) >= 0
                    ? DocumentFormat.WPS
                    : DocumentFormat.DOC;
        }
        if (hasOleEntry(b, "Workbook") || hasOleEntry(b, "Book")) {
            return DocumentFormat.SPREADSHEET;
        }
        if (hasOleEntry(b, "PowerPoint Document")) {
            return DocumentFormat.PRESENTATION;
        }
        if (hasOleEntry(b, "CONTENTS") && hasOleEntry(b, "MatOST")) {
            // Microsoft Works word processor, which also uses the .wps extension: not Kingsoft's format
            return DocumentFormat.WORKS;
        }
        return DocumentFormat.OLE;
    }

    /**
     * Whether a directory entry named {@code name} stands in the compound file: a 128-byte entry holding the
     * name in UTF-16LE, with its length (including the terminating NUL) at offset 64.
     */
    private static boolean hasOleEntry(byte[] b, String name) {
        byte[] pattern = utf16le(name + "\0");
        int from = 512;
        while (true) {
            int at = indexOf(b, pattern, from, b.length);
            if (at < 0) {
                return false;
            }
            if (at % 128 == 0 && at + 66 <= b.length && u16(b, at + 64) == pattern.length) {
                return true;
            }
            from = at + 1;
        }
    }

    private static byte[] utf16le(String s) {
        return s.getBytes(StandardCharsets.UTF_16LE);
    }

    // ------------------------------------------------------------------------------------------------

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] pattern, int within) {
        return indexOf(b, pattern, 0, Math.min(b.length, within + pattern.length));
    }

    private static int indexOf(byte[] b, byte[] pattern, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i + pattern.length <= to; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (b[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
