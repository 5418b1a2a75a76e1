package io.github.fazhi.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scans, garbled fonts, passwords and hostile files: each a clear error naming the file, in bounded time
 * and memory, never a report of nonsense and never another exception.
 */
class HostilePdfTest {

    private static final PdfReportReader READER = PdfReportReader.standard();
    private static final byte[] REPORT = PdfFixtures.bytes("qingyuan-2025.pdf");

    @Test
    void aScanHasNoTextToRead() throws IOException {
        // a page LibreOffice exported with nothing on it but a picture
        assertThatThrownBy(() -> READER.read(PdfFixtures.bytes("scan-only.pdf"), "scan-only.pdf"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("scan-only.pdf: PDF 中没有可提取的文字（1 页共 0 个字符）：这很可能是扫描件或图片转成的 PDF；"
                        + "fazhi 不做文字识别（OCR），请提交含文字的 PDF、DOCX 或纯文本");
        // three scanned pages, as a scanner writes them: images only
        byte[] scan = PdfFixtures.scan(3);
        assertThatThrownBy(() -> READER.read(scan, "扫描件.pdf"))
                .hasMessageStartingWith("扫描件.pdf: PDF 中没有可提取的文字（3 页共 0 个字符）");
        assertThatThrownBy(() ->
                        PdfReportReader.builder().locale(Locale.ENGLISH).build().read(scan, "scan.pdf"))
                .hasMessageContaining("no text to read")
                .hasMessageContaining("OCR");
    }

    @Test
    void fontsWithoutAToUnicodeMapAreRefusedNotReadAsNonsense() throws IOException {
        // LibreOffice's embedded CJK fonts with their ToUnicode maps taken out: codes read as Latin-1 garbage
        byte[] garbled = PdfFixtures.withoutToUnicode(REPORT);
        assertThatThrownBy(() -> READER.read(garbled, "garbled.pdf"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("garbled.pdf: PDF 提取出的文字是乱码（")
                .hasMessageContaining("私用区字符、替换符或错误编码的字符");
        // a CJK CID font (Type0, Identity-H), as word processors embed Chinese fonts, without ToUnicode:
        // its glyphs map to no character at all (checked in; made again where the font is installed)
        byte[] cid = PdfFixtures.bytes("cjk-identity-h-no-tounicode.pdf");
        assertThatThrownBy(() -> READER.read(cid, "cid.pdf"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("cid.pdf: PDF 的字体缺少 ToUnicode 映射")
                .hasMessageContaining("个字形中有");
    }

    @Test
    void aFreshCidFontWithoutToUnicodeIsRefusedToo() throws IOException {
        var font = PdfFixtures.cjkTrueType();
        Assumptions.assumeTrue(font.isPresent(), "no CJK TrueType font (fonts-wqy-zenhei) on this machine");
        byte[] cid = PdfFixtures.cjkWithoutToUnicode(font.get());
        assertThatThrownBy(() -> READER.read(cid, "cid.pdf")).hasMessageContaining("ToUnicode");
    }

    @Test
    void aPasswordToOpenIsRefusedAnOwnerPasswordAloneIsNot() throws IOException {
        byte[] locked = PdfFixtures.encrypted(REPORT, "清河", "owner");
        assertThatThrownBy(() -> READER.read(locked, "locked.pdf"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("locked.pdf: PDF 设有打开密码，无法读取；请去掉密码后再提交");
        // restrictions without a password to open: every viewer opens it, and so does the reader
        AnnualReport report = READER.read(PdfFixtures.encrypted(REPORT, "", "owner"), "restricted.pdf");
        assertThat(report.reportingYear()).hasValue(2025);
    }

    @Test
    void aDecompressionBombStopsBeforeItInflates() throws IOException {
        // 48 MiB of spaces in about 50 KB; the limit here is 8 MiB (the default is 64)
        byte[] bomb = PdfFixtures.decompressionBomb(48L << 20);
        assertThat(bomb.length).isLessThan(200_000);
        PdfReportReader reader =
                PdfReportReader.builder().maxStreamBytes(8L << 20).build();
        assertThatThrownBy(() -> reader.read(bomb, "bomb.pdf"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("bomb.pdf: PDF 第 ")
                .hasMessageContaining("解压后超过 8388608 字节（疑似解压炸弹）");
        PdfReportReader total =
                PdfReportReader.builder().maxDecodedBytes(16L << 20).build();
        assertThatThrownBy(() -> total.read(bomb, "bomb.pdf")).hasMessageContaining("解压");
    }

    @Test
    void hugePageCountsManyOperationsAndTimeAreBounded() throws IOException {
        byte[] pages = PdfFixtures.pages(2_500);
        assertThatThrownBy(() -> READER.read(pages, "pages.pdf"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("pages.pdf: PDF 有 2500 页，超过读取上限 2000 页");
        byte[] busy = PdfFixtures.manyOperations(600_000);
        assertThatThrownBy(() -> PdfReportReader.builder()
                        .maxOperations(1_000_000)
                        .build()
                        .read(busy, "busy.pdf"))
                .hasMessage("busy.pdf: PDF 的绘制指令超过 1000000 条的上限（文件过于复杂或有害），已停止读取");
        byte[] long11 = PdfFixtures.bytes("qinghe-justice-2025.pdf");
        assertThatThrownBy(() -> PdfReportReader.builder().maxMillis(1).build().read(long11, "slow.pdf"))
                .hasMessageContaining("毫秒的时间上限");
        assertThatThrownBy(() -> PdfReportReader.builder().maxChars(500).build().read(long11, "long.pdf"))
                .hasMessage("long.pdf: PDF 的文字超过 500 个字符的上限，已停止读取");
    }

    @Test
    void deepNestingIsAClearError() {
        byte[] deep = PdfFixtures.deeplyNested(200_000);
        try {
            READER.read(deep, "deep.pdf");
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).startsWith("deep.pdf: ");
        }
    }

    @Test
    void otherFormatsAndTooLargeFilesAreNamed() {
        assertThatThrownBy(() -> READER.read("<html><body>报告</body></html>".getBytes(), "a.pdf"))
                .hasMessage("a.pdf: 这是网页文件（HTML），不是 PDF 文件");
        assertThatThrownBy(() ->
                        PdfReportReader.builder().maxFileBytes(1000).build().read(REPORT, "big.pdf"))
                .hasMessage("big.pdf: 文件超过 1000 字节的读取上限");
        byte[] cut = Arrays.copyOf(REPORT, 2_000);
        try {
            READER.read(cut, "cut.pdf");
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).startsWith("cut.pdf: ");
        }
    }

    /** Damaged bytes anywhere give a report or a clear error, nothing else. */
    @Property(tries = 150)
    void damagedBytesGiveAReportOrAClearError(
            @ForAll @IntRange(min = 0, max = 114_000) int at,
            @ForAll byte value,
            @ForAll @IntRange(min = 1, max = 200) int run) {
        byte[] damaged = REPORT.clone();
        for (int i = at; i < Math.min(damaged.length, at + run); i++) {
            damaged[i] = value;
        }
        try {
            READER.read(damaged, "damaged.pdf");
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).startsWith("damaged.pdf: ");
        }
    }
}
