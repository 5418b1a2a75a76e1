package io.github.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.testing.ReportGenerator;
import io.github.fazhi.docx.DocxRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder check lists every file in the folder: each read and checked, or refused as a {@code read-error} whose
 * reason names the format; none vanishes because of its name.
 */
class FolderCheckListsEveryFileTest {

    @TempDir
    Path dir;

    private static byte[] odt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            // as OpenDocument packages begin: the mimetype entry first, stored uncompressed
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            z.putNextEntry(m);
            z.write(mime);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void everyFileIsCheckedOrRefusedWithItsReason() throws IOException {
        AnnualReport report =
                new ReportGenerator(3, ReportGenerator.Options.defaults().withoutDefects()).generate(0);
        Files.writeString(
                dir.resolve("a-report.txt"), PlainTextWriter.standard().write(report), StandardCharsets.UTF_8);
        Files.write(dir.resolve("b-report.docx"), DocxRenderer.standard().renderToBytes(report));
        Files.writeString(dir.resolve("c-report.json"), ReportJson.write(report), StandardCharsets.UTF_8);
        Path sub = Files.createDirectories(dir.resolve("old"));
        Files.writeString(sub.resolve("d-report.rtf"), "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} 2024年报告}");
        Files.write(sub.resolve("e-report.odt"), odt());
        Files.write(
                sub.resolve("f-scan.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Files.writeString(sub.resolve("g-report.pdf"), "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <<>> endobj\n");
        // a report saved without its extension is read by its content all the same
        Files.writeString(sub.resolve("h-report"), PlainTextWriter.standard().write(report), StandardCharsets.UTF_8);

        CliRun r = CliRun.run("check", "--fail-on", "never", dir.toString());
        List<String> lines = r.out().lines().toList();
        for (String name : List.of("a-report.txt", "b-report.docx", "c-report.json", "h-report")) {
            assertThat(lines).as(name + "\n" + r.out()).noneMatch(l -> l.contains(name) && l.contains("read-error"));
        }
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .contains("d-report.rtf")
                        .contains("read-error")
                        .contains("RTF"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .contains("e-report.odt")
                        .contains("read-error")
                        .contains("ODT"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .contains("f-scan.png")
                        .contains("read-error")
                        .contains("图片"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("g-report.pdf").contains("read-error"));
        assertThat(r.out()).contains("共检查 8 个文件").contains("无法读取的文件 4 个");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
    }
}
