package io.github.fazhi.core.internal;

import io.github.fazhi.core.ReportReadException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a plain-text report into text: UTF-8 with or without a byte-order mark, UTF-16LE
 * or UTF-16BE with a byte-order mark, or GB18030 (which covers GBK and GB2312). Decoders are strict:
 * bytes that are not valid in the encoding give an error naming their offset, never a replacement
 * character. Text that holds NUL or other control characters is refused as not text at all.
 */
public final class TextDecoder {

    /** GB18030, the superset of GBK and GB2312 that Chinese offices save text in. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    /**
     * Decodes {@code bytes}.
     *
     * @throws ReportReadException naming the byte offset when the bytes are not text in any supported
     *     encoding
     */
    public static String decode(byte[] bytes, String source, ReaderMessages messages) {
        refuseKnownBinaryFormats(bytes, source, messages);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return withBom(bytes, 3, StandardCharsets.UTF_8, "UTF-8", source, messages);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return withBom(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE", source, messages);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return withBom(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE", source, messages);
        }
        Scan utf8 = scan(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.errors == 0) {
            return checked(utf8.text, bytes, 0, StandardCharsets.UTF_8, source, messages);
        }
        // Text that is valid UTF-8 nearly everywhere is damaged UTF-8, not GB18030: decoding it as GB18030
        // would silently turn it into other characters.
        boolean damagedUtf8 = utf8.multiByte >= 4 && utf8.errors * 20L < utf8.multiByte;
        if (!damagedUtf8) {
            Scan gb = scan(bytes, 0, GB18030);
            if (gb.errors == 0) {
                return checked(gb.text, bytes, 0, GB18030, source, messages);
            }
            if (gb.errors * (long) Math.max(1, utf8.multiByte) < utf8.errors * (long) Math.max(1, gb.multiByte)) {
                throw ReportReadException.atByte(
                        source, gb.firstError, messages.get(ReaderMessages.Key.UNDECODABLE, "GB18030"));
            }
        }
        throw ReportReadException.atByte(
                source, utf8.firstError, messages.get(ReaderMessages.Key.UNDECODABLE, "UTF-8"));
    }

    private static String withBom(
            byte[] bytes, int bomLength, Charset charset, String name, String source, ReaderMessages messages) {
        Scan s = scan(bytes, bomLength, charset);
        if (s.errors > 0) {
            throw ReportReadException.atByte(
                    source, s.firstError, messages.get(ReaderMessages.Key.UNDECODABLE_BOM, name, name));
        }
        return checked(s.text, bytes, bomLength, charset, source, messages);
    }

    private static void refuseKnownBinaryFormats(byte[] bytes, String source, ReaderMessages messages) {
        String format = null;
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6)) {
            format = "ZIP (DOCX, WPS, OFD)";
        } else if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            format = "PDF";
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            format = "Word 97-2003 (OLE)";
        }
        if (format != null) {
            throw ReportReadException.atByte(source, 0, messages.get(ReaderMessages.Key.BINARY_FORMAT, format));
        }
    }

    /** Refuses control characters, naming the byte offset of the first one. */
    private static String checked(
            String text, byte[] bytes, int start, Charset charset, String source, ReaderMessages messages) {
        int bad = firstControl(text);
        if (bad < 0) {
            return text;
        }
        long offset;
        if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
            offset = start + 2L * bad;
        } else {
            offset = start + text.substring(0, bad).getBytes(charset).length;
        }
        throw ReportReadException.atByte(source, offset, controlMessage(text.charAt(bad), messages));
    }

    /** The index of the first char that has no place in a text document, or -1. */
    public static int firstControl(CharSequence text) {
        if (text instanceof String s) {
            return firstControl(s);
        }
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@link #firstControl(CharSequence)} of a string (called on every text read: a loop the JIT keeps tight). */
    public static int firstControl(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != '\f' : c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    /** The message for control character {@code c}. */
    public static String controlMessage(char c, ReaderMessages messages) {
        return c == 0
                ? messages.get(ReaderMessages.Key.NOT_TEXT_NUL)
                : messages.get(ReaderMessages.Key.NOT_TEXT_CONTROL, (int) c);
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != '\f') || c == 0x7F;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The result of decoding leniently: the text when there were no errors, else counts. */
    private record Scan(String text, int errors, long firstError, int multiByte) {}

    private static Scan scan(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 16);
        int errors = 0;
        long firstError = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                if (firstError < 0) {
                    firstError = in.position();
                }
                errors++;
                in.position(Math.min(in.limit(), in.position() + Math.max(1, r.length())));
                continue;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            CoderResult f = decoder.flush(out);
            if (f.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
                decoder.flush(out);
            }
            break;
        }
        out.flip();
        int multiByte = 0;
        for (int i = out.position(); i < out.limit(); i++) {
            if (out.get(i) > 0x7F) {
                multiByte++;
            }
        }
        return new Scan(errors == 0 ? out.toString() : "", errors, firstError, multiByte);
    }
}
