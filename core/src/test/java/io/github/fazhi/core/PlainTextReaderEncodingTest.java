package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextReaderEncodingTest {

    private static final PlainTextReader READER = PlainTextReader.standard();
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String TEXT = PlainTextReaderTest.fixture("qinghe-sifaju-2024.txt");

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] insert(byte[] data, int at, int... values) {
        return concat(concat(Arrays.copyOf(data, at), bytes(values)), Arrays.copyOfRange(data, at, data.length));
    }

    @Test
    void theSameReportReadsIdenticallyInEverySupportedEncoding() {
        AnnualReport expected = READER.read(TEXT, "r.txt");
        assertThat(READER.read(TEXT.getBytes(StandardCharsets.UTF_8), "r.txt")).isEqualTo(expected);
        assertThat(READER.read(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8)), "r.txt"))
                .isEqualTo(expected);
        assertThat(READER.read(concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)), "r.txt"))
                .isEqualTo(expected);
        assertThat(READER.read(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)), "r.txt"))
                .isEqualTo(expected);
        assertThat(READER.read(TEXT.getBytes(GB18030), "r.txt")).isEqualTo(expected);
        // Java's "UTF-16" encoder writes a big-endian byte-order mark itself.
        assertThat(READER.read(TEXT.getBytes(StandardCharsets.UTF_16), "r.txt")).isEqualTo(expected);
        assertThat(READER.read("\uFEFF" + TEXT, "r.txt")).isEqualTo(expected);
        assertThat(expected.sections()).hasSize(5);
    }

    @Test
    void crlfAndCrLineEndingsReadIdentically() {
        AnnualReport expected = READER.read(TEXT, "r.txt");
        assertThat(READER.read(TEXT.replace("\n", "\r\n"), "r.txt")).isEqualTo(expected);
        assertThat(READER.read(TEXT.replace("\n", "\r"), "r.txt")).isEqualTo(expected);
    }

    @Test
    void readsFilesAndReaders(@TempDir Path dir) throws IOException {
        AnnualReport expected = READER.read(TEXT, "r.txt");
        Path gbk = dir.resolve("r.txt");
        Files.write(gbk, TEXT.getBytes(GB18030));
        assertThat(READER.read(gbk).withoutSpans()).isEqualTo(expected.withoutSpans());
        assertThat(READER.read(gbk)).isEqualTo(expected);
        assertThat(READER.read(new StringReader(TEXT), "r.txt")).isEqualTo(expected);
    }

    @Test
    void invalidByteInUtf8NamesItsOffset() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        int at = TEXT.substring(0, TEXT.indexOf("一、")).getBytes(StandardCharsets.UTF_8).length;
        byte[] damaged = insert(utf8, at, 0xFF);
        assertThatThrownBy(() -> READER.read(damaged, "bad.txt"))
                .isInstanceOfSatisfying(ReportReadException.class, e -> {
                    assertThat(e.byteOffset()).hasValue(at);
                    assertThat(e.source()).isEqualTo("bad.txt");
                    assertThat(e.getMessage()).startsWith("bad.txt: byte " + at + ": ");
                    assertThat(e.problem()).contains("UTF-8");
                });
    }

    @Test
    void truncatedUtf8SequenceNamesItsOffset() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        int at = TEXT.substring(0, TEXT.indexOf("二、")).getBytes(StandardCharsets.UTF_8).length;
        // the first byte of 二 without its two continuation bytes
        byte[] damaged = concat(Arrays.copyOf(utf8, at + 1), Arrays.copyOfRange(utf8, at + 3, utf8.length));
        assertThatThrownBy(() -> READER.read(damaged, "bad.txt"))
                .isInstanceOfSatisfying(
                        ReportReadException.class,
                        e -> assertThat(e.byteOffset()).hasValue(at));
    }

    @Test
    void invalidByteInGb18030NamesItsOffset() {
        byte[] gb = TEXT.getBytes(GB18030);
        int at = TEXT.substring(0, TEXT.indexOf("二、")).getBytes(GB18030).length;
        byte[] damaged = insert(gb, at, 0xFF);
        assertThatThrownBy(() -> READER.read(damaged, "bad.txt"))
                .isInstanceOfSatisfying(ReportReadException.class, e -> {
                    assertThat(e.byteOffset()).hasValue(at);
                    assertThat(e.problem()).contains("GB18030");
                });
    }

    @Test
    void invalidUtf16AfterItsByteOrderMarkNamesItsOffset() {
        byte[] utf16 = concat(bytes(0xFF, 0xFE), "一、主要做法".getBytes(StandardCharsets.UTF_16LE));
        // a lone low surrogate
        byte[] damaged = concat(utf16, bytes(0x00, 0xDC, 0x41, 0x00));
        assertThatThrownBy(() -> READER.read(damaged, "bad.txt"))
                .isInstanceOfSatisfying(
                        ReportReadException.class,
                        e -> assertThat(e.byteOffset()).hasValue(utf16.length));
    }

    @Test
    void nulBytesAreNotText() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] binary = insert(utf8, 100, 0x00, 0x01, 0x02);
        assertThatThrownBy(() -> READER.read(binary, "bin")).isInstanceOfSatisfying(ReportReadException.class, e -> {
            assertThat(e.byteOffset()).hasValue(100);
            assertThat(e.problem()).contains("NUL");
        });
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefusedAsNotText() {
        byte[] utf16 = TEXT.getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> READER.read(utf16, "u16.txt"))
                .isInstanceOf(ReportReadException.class)
                .satisfies(
                        e -> assertThat(((ReportReadException) e).byteOffset()).isPresent());
    }

    @Test
    void controlCharacterInGb18030NamesItsByteOffset() {
        String prefix = "一、主要做法\n做了";
        byte[] gb = (prefix + "\u0007工作。").getBytes(GB18030);
        assertThatThrownBy(() -> READER.read(gb, "bell.txt"))
                .isInstanceOfSatisfying(
                        ReportReadException.class,
                        e -> assertThat(e.byteOffset()).hasValue(prefix.getBytes(GB18030).length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PK\u0003\u0004rest", "%PDF-1.7 rest"})
    void documentFormatsThatAreNotTextAreNamed(String start) {
        byte[] data = start.getBytes(StandardCharsets.ISO_8859_1);
        PlainTextReader english =
                PlainTextReader.builder().locale(Locale.ENGLISH).build();
        assertThatThrownBy(() -> english.read(data, "file")).isInstanceOfSatisfying(ReportReadException.class, e -> {
            assertThat(e.byteOffset()).hasValue(0);
            assertThat(e.problem()).contains("not plain text");
        });
    }

    @Test
    void neverAReplacementCharacter() {
        // Latin-1 bytes that are neither UTF-8 nor GB18030
        byte[] latin1 = "Stra\u00dfe \u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> READER.read(latin1, "latin1.txt")).isInstanceOf(ReportReadException.class);
    }
}
