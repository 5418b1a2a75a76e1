package io.github.fazhi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.read.DocumentFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The text probe's fast path (the probe as Latin-1, words matched in place in any ASCII case) tells every
 * text-like file what the plain path tells it (a NUL scan, the probe lower-cased, {@code contains}).
 */
class ContentSnifferTextProbeTest {

    /** Pieces of the markup the probe looks for, in several cases, among text, controls and Latin-1 bytes. */
    private static final List<String> PIECES = List.of(
            "<!DOCTYPE html>",
            "<!doctype HTML>",
            "<html lang=zh>",
            "<HTML>",
            "<Body>",
            "<head>",
            "<?xml version=\"1.0\"?>",
            "<!-- c -->",
            "<div class=x>",
            "<P>",
            "<p ",
            "<TABLE>",
            "<meta charset=utf-8>",
            "<title>",
            "<span>",
            "<br>",
            "<H1>",
            "<h2>",
            "<w:wordDocument>",
            "<W:WORDDOCUMENT",
            "office:mimetype=\"application/vnd.oasis.opendocument.text\"",
            "OFFICE:MIMETYPE=\"APPLICATION/VND.OASIS.OPENDOCUMENT.SPREADSHEET\"",
            "office:mimetype=\"application/vnd.oasis.opendocument.",
            "{\\rtf1",
            "{",
            "<",
            "<h",
            ":",
            "法治政府建设",
            " ",
            "\n",
            "\t",
            "\u000B",
            "\u001F",
            "\u00C0\u00DE\u00B5\u00FF",
            "\u00A0",
            "\u0000",
            "text");

    @Provide
    Arbitrary<byte[]> probes() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> prefix = Arbitraries.of("", "\uFEFF", "  \r\n", "\uFEFF\t");
        return net.jqwik.api.Combinators.combine(
                        prefix,
                        piece.list().ofMaxSize(12),
                        Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1))
                .as((p, pieces, cs) -> {
                    String text = p + String.join("", pieces);
                    byte[] bytes = text.getBytes(cs);
                    return bytes;
                });
    }

    @Property(tries = 3000)
    void theFastPathTellsWhatThePlainPathTells(@ForAll("probes") byte[] content) {
        assertThat(ContentSniffer.textLike(content)).isEqualTo(ContentSniffer.textLikePlain(content));
    }

    @Property(tries = 500)
    void anyBytesAreToldAlike(@ForAll byte[] content) {
        assertThat(ContentSniffer.textLike(content)).isEqualTo(ContentSniffer.textLikePlain(content));
    }

    @Test
    void markupBeyondTheProbeAndAtItsEdgeIsToldAlike() {
        for (int pad = 64 * 1024 - 20; pad <= 64 * 1024 + 2; pad++) {
            for (String word : new String[] {"<html>", "<w:worddocument>", "<p>", "<!--"}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes("<x>".getBytes(StandardCharsets.US_ASCII));
                out.writeBytes("a".repeat(pad).getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(word.getBytes(StandardCharsets.US_ASCII));
                byte[] content = out.toByteArray();
                assertThat(ContentSniffer.textLike(content))
                        .as("%s after %d", word, pad)
                        .isEqualTo(ContentSniffer.textLikePlain(content));
            }
        }
        // a NUL past the probe is not looked at, one inside it is
        byte[] late = ("<html>" + "a".repeat(64 * 1024) + "\0").getBytes(StandardCharsets.US_ASCII);
        assertThat(ContentSniffer.textLike(late))
                .isEqualTo(DocumentFormat.HTML)
                .isEqualTo(ContentSniffer.textLikePlain(late));
        byte[] early = "<html>\0".getBytes(StandardCharsets.US_ASCII);
        assertThat(ContentSniffer.textLike(early))
                .isEqualTo(DocumentFormat.BINARY)
                .isEqualTo(ContentSniffer.textLikePlain(early));
    }

    @Test
    void utf16FilesAreReadAsBefore() {
        for (String text :
                new String[] {"<html><body>法治</body></html>", "{\"a\":1}", "法治政府", "<?xml version=\"1.0\"?><a/>"}) {
            for (java.nio.charset.Charset cs :
                    new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(
                        cs == StandardCharsets.UTF_16LE
                                ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                                : new byte[] {(byte) 0xFE, (byte) 0xFF});
                out.writeBytes(text.getBytes(cs));
                byte[] content = out.toByteArray();
                assertThat(ContentSniffer.textLike(content)).isEqualTo(ContentSniffer.textLikePlain(content));
            }
        }
    }
}
