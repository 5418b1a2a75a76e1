package io.github.fazhi.examples;

import static io.github.fazhi.assertj.FazhiAssertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.docx.DocxReportReader;
import io.github.fazhi.render.Renderers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same check for a report that arrives as a Word document, as most submissions between offices do: read
 * the DOCX and assert it is valid. Here the office's DOCX is made from the sample with fazhi's own DOCX
 * renderer (GB/T 9704 layout); an app's test would read the file it received.
 */
class SubmittedDocxReportTest {

    @TempDir
    static Path inbox;

    static Path submitted;

    @BeforeAll
    static void anOfficeSubmitsItsReportAsDocx() throws IOException {
        AnnualReport written = PlainTextReader.standard().read(Path.of("sample-report.txt"));
        submitted = inbox.resolve("清河区司法局-2025.docx");
        try (OutputStream out = Files.newOutputStream(submitted)) {
            Renderers.forFormat("docx").render(written, out);
        }
    }

    @Test
    void theSubmittedDocxIsValid() throws IOException {
        AnnualReport report = DocxReportReader.standard().read(submitted);

        assertThat(report)
                .hasTitle("清河市清河区司法局2025年法治政府建设年度报告")
                .hasReportingYear(2025)
                .hasAllRequiredParts()
                .hasPartsInMandatedOrder()
                .isDatedIn(2026)
                .isValid();
        assertThat(report).section(SectionKind.MEASURES_AND_RESULTS).hasSubsectionCount(8);
    }

    @Test
    void itSaysTheSameAsTheTextVersion() throws IOException {
        AnnualReport fromDocx = DocxReportReader.standard().read(submitted);
        AnnualReport fromText = PlainTextReader.standard().read(Path.of("sample-report.txt"));

        org.assertj.core.api.Assertions.assertThat(fromDocx.withoutSpans().sections())
                .isEqualTo(fromText.withoutSpans().sections());
    }
}
