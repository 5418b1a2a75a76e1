package io.github.fazhi.docx;

import static io.github.fazhi.core.testing.LongReports.chars;
import static io.github.fazhi.core.testing.LongReports.texts;
import static io.github.fazhi.core.testing.LongReports.withMeasures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 5: fazhi reads its own DOCX of a long report. Repetitive text compresses a thousandfold,
 * which a ratio check alone takes for a zip bomb; the bounds on inflated size tell the two apart, and a real
 * bomb is still stopped. Item 6: DOCX errors name the file's path, as the text and JSON readers' do.
 */
class LongReportDocxTest {

    @TempDir
    Path dir;

    private static final byte[] CONTENT_TYPES =
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void fazhiReadsItsOwnDocxOfATenMegabyteParagraph() throws Exception {
        String paragraph = "区司法局坚持依法行政，推进法治政府建设。".repeat(175_000); // 3.5 M characters, 10.5 MB in UTF-8
        AnnualReport report = withMeasures(part -> part.paragraph(paragraph));
        byte[] docx = DocxRenderer.standard().renderToBytes(report);

        AnnualReport read = DocxReportReader.standard().read(docx, "long.docx");

        assertThat(texts(read).stream().filter(t -> t.length() == paragraph.length()))
                .containsExactly(paragraph);
    }

    @Test
    void fazhiReadsItsOwnDocxOfATwentyMegabyteReport() throws Exception {
        String line = "全区行政执法机关严格落实行政执法三项制度，规范执法程序，全年办理行政执法案件，群众满意度持续提升。";
        String paragraph = line.repeat(70); // 3,500 characters
        AnnualReport report = withMeasures(part -> {
            for (int i = 0; i < 2_000; i++) {
                part.paragraph(paragraph + i);
            }
        });
        assertThat(chars(report) * 3).isGreaterThan(20_000_000L); // 20 MB of UTF-8 text
        byte[] docx = DocxRenderer.standard().renderToBytes(report);

        AnnualReport read = DocxReportReader.standard().read(docx, "big.docx");

        assertThat(chars(read)).isEqualTo(chars(report));
    }

    @Test
    void aBombInflatingPastTheGraceIsStillStoppedByTheRatio() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(CONTENT_TYPES);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 80; i++) { // 80 MiB, past the 64 MiB after which the ratio counts
                z.write(block);
            }
            z.closeEntry();
        }
        assertThatThrownBy(() -> DocxReportReader.standard().read(out.toByteArray(), "bomb.docx"))
                .isInstanceOfSatisfying(ReportReadException.class, e -> {
                    assertThat(e.location()).isEqualTo("word/document.xml");
                    assertThat(e.problem()).contains("压缩比");
                });
    }

    @Test
    void manySmallEntriesAreBoundedByTheirCount() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(CONTENT_TYPES);
            z.closeEntry();
            for (int i = 0; i < 10_001; i++) {
                z.putNextEntry(new ZipEntry("media/i" + i + ".bin"));
                z.closeEntry();
            }
        }
        assertThatThrownBy(() -> DocxReportReader.standard().read(out.toByteArray(), "many.docx"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("10000");
    }

    @Test
    void errorsNameTheFilesPathAsTheTextAndJsonReadersDo() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("2025/区司法局"));
        Path file =
                Files.write(sub.resolve("report.docx"), "not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DocxReportReader.standard().read(file))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith(file + ": ");
        assertThatThrownBy(() -> DocxReportReader.standard().readLines(file))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith(file + ": ");
    }
}
