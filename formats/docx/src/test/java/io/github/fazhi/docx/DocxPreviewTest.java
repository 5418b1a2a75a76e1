package io.github.fazhi.docx;

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
        byte[] government = DocxRenderer.standard().renderToBytes(SampleReports.qingheGovernment());
        Files.write(dir.resolve("sample-government.docx"), government);
        assertThat(DocxReportReader.standard()
                        .read(government, "g.docx")
                        .title()
                        .orElseThrow()
                        .lines())
                .containsExactly("中共清河市清河区委员会", "清河市清河区人民政府", "关于2024年法治政府建设情况的报告");
        assertThat(new DocxXml(submission).parts()).containsKeys("word/document.xml", "[Content_Types].xml");
        assertThat(new DocxXml(web).text("word/document.xml")).doesNotContain("区委、区政府：");
        assertThat(new DocxXml(submission).text("word/document.xml")).contains("区委、区政府：");
    }
}
