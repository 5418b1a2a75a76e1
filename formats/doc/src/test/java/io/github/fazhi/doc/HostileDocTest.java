package io.github.fazhi.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.Readers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Damaged, encrypted, old and foreign files: a clear error naming the file, never a stack trace or a guess. */
class HostileDocTest {

    private static final DocReportReader READER = DocReportReader.standard();
    private static final byte[] DOC = DocFixtures.bytes("qingyuan-2025.doc");

    @Test
    void anEncryptedDocumentIsRefusedAsEncrypted() throws IOException {
        byte[] encrypted;
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(DOC))) {
            Biff8EncryptionKey.setCurrentUserPassword("清河2025");
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.write(out);
                encrypted = out.toByteArray();
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        assertThat(encrypted).isNotEqualTo(DOC);
        assertThatThrownBy(() -> READER.read(encrypted, "secret.doc"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("secret.doc: 文档已加密（设有打开密码），无法读取；请去掉密码后再提交");
        assertThatThrownBy(() ->
                        DocReportReader.builder().locale(Locale.ENGLISH).build().read(encrypted, "secret.doc"))
                .hasMessageContaining("encrypted");
    }

    @Test
    void word95AndOlderAreRefusedByName() throws IOException {
        byte[] old = patchWordStream(DOC, 2, 104); // nFib 104: Word 95
        assertThatThrownBy(() -> READER.read(old, "1998.doc"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("1998.doc: 这是 Word 6.0/95 或更早版本的文档")
                .hasMessageContaining("版本号 104");
    }

    @Test
    void truncatedAndDamagedFilesGetAClearError() throws IOException {
        for (int length : new int[] {520, 4096, DOC.length / 2, DOC.length - 600}) {
            byte[] cut = Arrays.copyOf(DOC, length);
            assertThatThrownBy(() -> READER.read(cut, "cut.doc"))
                    .as("cut at " + length)
                    .isInstanceOf(ReportReadException.class)
                    .hasMessageStartingWith("cut.doc: ");
        }
        // a file information block that claims text far beyond the stream
        byte[] huge = patchWordStream(DOC, 0x4C, 0x7FFF_FFFF);
        assertThatThrownBy(() -> READER.read(huge, "huge.doc"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("huge.doc: ");
    }

    @Test
    void otherFormatsAreNamedNotRead() {
        assertThatThrownBy(() -> READER.read("一、主要举措".getBytes(StandardCharsets.UTF_8), "a.doc"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("a.doc: 这是纯文本，不是 Word 97-2003（.doc）或 WPS 文字（.wps）文档");
        assertThatThrownBy(() -> READER.read("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "a.doc"))
                .hasMessageContaining("PDF");
        assertThatThrownBy(() ->
                        DocReportReader.builder().maxFileBytes(1000).build().read(DOC, "big.doc"))
                .hasMessage("big.doc: 文件超过 1000 字节的读取上限");
    }

    @Test
    void aDocumentWithNoTextSaysSo() throws IOException {
        // a page scanned and pasted into Writer: a picture and no text
        byte[] empty = DocFixtures.bytes("scan-only.doc");
        assertThat(Readers.detect(empty).id()).isEqualTo("doc");
        assertThatThrownBy(() -> READER.read(empty, "scan.doc"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("没有文字");
    }

    /** Readers never throw anything but ReportReadException on a damaged file, and never hang. */
    @Property(tries = 300)
    void damagedBytesGiveAReportOrAClearError(
            @ForAll @IntRange(min = 512, max = 14_000) int at,
            @ForAll byte value,
            @ForAll @IntRange(min = 1, max = 64) int run) {
        byte[] damaged = DOC.clone();
        for (int i = at; i < Math.min(damaged.length, at + run); i++) {
            damaged[i] = value;
        }
        try {
            READER.read(damaged, "damaged.doc");
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).startsWith("damaged.doc: ");
        }
    }

    private static byte[] patchWordStream(byte[] doc, int offset, int value) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
            DocumentEntry entry = (DocumentEntry) fs.getRoot().getEntry("WordDocument");
            byte[] stream;
            try (var in = fs.getRoot().createDocumentInputStream(entry)) {
                stream = in.readAllBytes();
            }
            if (value > 0xFFFF) {
                stream[offset] = (byte) value;
                stream[offset + 1] = (byte) (value >>> 8);
                stream[offset + 2] = (byte) (value >>> 16);
                stream[offset + 3] = (byte) (value >>> 24);
            } else {
                stream[offset] = (byte) value;
                stream[offset + 1] = (byte) (value >>> 8);
            }
            fs.getRoot().createOrUpdateDocument("WordDocument", new ByteArrayInputStream(stream));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
