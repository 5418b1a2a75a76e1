package io.github.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fazhi check} on a folder where one report comes in every format an office holds: each is read by its
 * content and gives the findings its text gives; a scan is refused, saying there is no text to read.
 */
class MixedFormatsCheckTest {

    @TempDir
    Path dir;

    /** The findings of each file, as rule ids in order, from the command's lines {@code path[:line:col]  severity  rule  message}. */
    private static Map<String, List<String>> rules(String out, Path folder) {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (String line : out.lines().toList()) {
            if (!line.startsWith(folder.toString())) {
                continue;
            }
            String[] parts = line.split("  ");
            String file = parts[0].replaceFirst(":\\d+:\\d+(-\\d+:\\d+)?$", "").replaceFirst(":p\\d+.*$", "");
            byFile.computeIfAbsent(Path.of(file).getFileName().toString(), k -> new java.util.ArrayList<>())
                    .add(parts[1] + " " + parts[2]);
        }
        return byFile;
    }

    @Test
    void aFolderOfMixedFormatsIsCheckedFileByFileByContent() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("报告"));
        Path text = Files.writeString(folder.resolve("qingyuan.txt"), Fixtures.text("qingyuan-2025.txt"));
        try (InputStream doc = getClass().getResourceAsStream("qingyuan-2025.doc")) {
            Files.write(folder.resolve("qingyuan.doc"), doc.readAllBytes());
        }
        Path rendered = Files.createDirectories(dir.resolve("rendered"));
        CliRun render = CliRun.run("render", "--to", "html,docx,pdf,ofd", "-o", rendered.toString(), text.toString());
        assertThat(render.exitCode()).as(render.err()).isZero();
        for (String ext : List.of("html", "docx", "pdf", "ofd")) {
            Files.copy(rendered.resolve("qingyuan." + ext), folder.resolve("qingyuan." + ext));
        }
        Files.write(folder.resolve("scan.pdf"), scan());
        Files.writeString(folder.resolve("notes.rtf"), "{\\rtf1\\ansi 报告}");

        CliRun r = CliRun.run("check", "--fail-on", "never", "--enable", "other-part-absent", folder.toString());
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("at io.github");
        Map<String, List<String>> rules = rules(r.out(), folder);
        List<String> fromText = rules.getOrDefault("qingyuan.txt", List.of());
        assertThat(fromText).as("the report has findings to compare").isNotEmpty();
        for (String name : List.of("qingyuan.doc", "qingyuan.docx", "qingyuan.html", "qingyuan.pdf", "qingyuan.ofd")) {
            assertThat(rules.getOrDefault(name, List.of())).as(name).isEqualTo(fromText);
        }
        assertThat(rules.get("scan.pdf")).singleElement().asString().startsWith("error read-error");
        assertThat(r.out())
                .contains(folder.resolve("scan.pdf") + "  error  read-error  ")
                .contains("PDF 中没有可提取的文字");
        // a format fazhi does not read is named, never read as text
        assertThat(rules.get("notes.rtf")).singleElement().asString().startsWith("error read-error");
        assertThat(r.out()).contains("RTF").contains("共检查 8 个文件");
    }

    private static byte[] scan() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            java.awt.image.BufferedImage image =
                    new java.awt.image.BufferedImage(100, 140, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                c.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, 595, 842);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
