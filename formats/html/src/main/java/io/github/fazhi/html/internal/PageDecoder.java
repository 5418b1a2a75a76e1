package io.github.fazhi.html.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses a saved page with jsoup in the encoding it declares (a byte-order mark, then
 * {@code <meta charset>} or {@code http-equiv} Content-Type); a page that declares none and is not valid
 * UTF-8 is read as GB18030, as Chinese portals long served GB2312 and GBK without saying so.
 */
final class PageDecoder {

    private static final Pattern DECLARED =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {}

    static Document parse(byte[] content, String baseUri) {
        String charset = charset(content);
        if (charset != null && isUtf8(charset) && (content.length == 0 || content[0] != 0)) {
            // no byte-order mark jsoup would read (ours start with EF, FE, FF or 00): the page decoded as the
            // JDK decodes a String, faster than jsoup's stream decoder; with a malformed sequence (a U+FFFD
            // in the text) the stream's own decoding, so that what replaces it is the stream's
            String html = new String(content, StandardCharsets.UTF_8);
            if (html.indexOf('\uFFFD') < 0) {
                return Jsoup.parse(html, baseUri, Parser.htmlParser());
            }
        }
        return parse(content, charset, baseUri);
    }

    /** {@link #parse} the plain way, jsoup decoding the stream: the reference its UTF-8 path is tested against. */
    static Document parsePlain(byte[] content, String baseUri) {
        return parse(content, charset(content), baseUri);
    }

    private static boolean isUtf8(String charset) {
        return charset.equalsIgnoreCase("UTF-8")
                || java.nio.charset.Charset.forName(charset).equals(StandardCharsets.UTF_8);
    }

    private static Document parse(byte[] content, String charset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(content), charset, baseUri, Parser.htmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory
        }
    }

    /** The charset the page is read in, or null where it starts with what may be a byte-order mark. */
    private static String charset(byte[] content) {
        String charset = null;
        boolean bom = content.length >= 2
                && ((content[0] & 0xFF) == 0xEF || (content[0] & 0xFF) == 0xFE || (content[0] & 0xFF) == 0xFF);
        if (!bom) {
            String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = DECLARED.matcher(head);
            if (m.find()) {
                String declared = m.group(1);
                if (declared.equalsIgnoreCase("gb2312") || declared.equalsIgnoreCase("gbk")) {
                    charset = "GB18030"; // what those pages really hold: GB2312 declared, GBK characters used
                } else if (java.nio.charset.Charset.isSupported(declared)) {
                    charset = declared;
                } else {
                    charset = utf8(content) ? "UTF-8" : "GB18030";
                }
            } else {
                charset = utf8(content) ? "UTF-8" : "GB18030";
            }
        }
        return charset;
    }

    private static boolean utf8(byte[] content) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
