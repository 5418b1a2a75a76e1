package io.github.fazhi.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample report to {@code target/docx-preview/} so a person can open it (or convert it with
 * LibreOffice and look at the pages), and checks the files are DOCX packages.
 */
class DocxPreviewTest {

    @Test
    void writesPreviewFiles() throws Exception {
        Path dir = Path.of("target", "docx-preview");
        Files.createDirectories(dir);
        byte[] submission = DocxRenderer.standard().renderToBytes(SampleReports.qingheJustice());
        byte[] web = DocxRenderer.builder().webVersion().build().renderToBytes(SampleReports.qingheJustice());
        Files.write(dir.resolve("sample-submission.docx"), submission);
        Files.write(dir.resolve("sample-web.docx"), web);
        assertThat(new DocxXml(submission).parts()).containsKeys("word/document.xml", "[Content_Types].xml");
        assertThat(new DocxXml(web).text("word/document.xml")).doesNotContain("区委、区政府：");
        assertThat(new DocxXml(submission).text("word/document.xml")).contains("区委、区政府：");
    }
}
