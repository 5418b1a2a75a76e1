package io.github.fazhi.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.testing.Fixtures;
import io.github.fazhi.core.testing.LibreOffice;
import io.github.fazhi.core.testing.ReportShape;
import io.github.fazhi.core.testing.SameReport;
import io.github.fazhi.validation.ReportValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report LibreOffice wrote as PDF reads into the same structure (issuer, title, year, part kinds,
 * headings, sub-section counts) and gives the same findings as the same report's text.
 */
class PdfReadsLikeTextTest {

    private static final ReportValidator VALIDATOR = ReportValidator.national();

    static List<String> findings(AnnualReport r) {
        return VALIDATOR.validate(r).findings().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.elementId() + " " + f.message())
                .toList();
    }

    private static void readsLikeItsText(byte[] pdf, String name, String textFixture) {
        AnnualReport fromText = PlainTextReader.standard().read(Fixtures.text(textFixture), textFixture);
        AnnualReport fromPdf = PdfReportReader.standard().read(pdf, name);
        assertThat(ReportShape.of(fromPdf)).as(name).isEqualTo(ReportShape.of(fromText));
        assertThat(fromPdf.metadata().issuers()).isNotEmpty();
        assertThat(findings(fromPdf)).as(name).isEqualTo(findings(fromText));
        // the same model, and the running headers and page numbers kept as page furniture, nothing else
        assertThat(SameReport.comparable(fromPdf)).as(name).isEqualTo(SameReport.comparable(fromText));
        assertThat(SameReport.furniture(fromPdf))
                .containsExactlyElementsOf(PdfReportReader.standard().extract(pdf, name).lines().stream()
                        .filter(l -> !l.hints().inBody())
                        .map(io.github.fazhi.core.read.SourceLine::text)
                        .toList());
    }

    @Test
    void theCheckedInLibreOfficeFilesReadLikeTheirText() {
        readsLikeItsText(PdfFixtures.bytes("qingyuan-2025.pdf"), "qingyuan-2025.pdf", "qingyuan-2025.txt");
        readsLikeItsText(
                PdfFixtures.bytes("qinghe-justice-2025.pdf"), "qinghe-justice-2025.pdf", "qinghe-justice-2025.txt");
    }

    @Test
    void aPdfLibreOfficeWritesNowReadsLikeItsText(@TempDir Path dir) throws Exception {
        LibreOffice.assumePresent();
        Path fodt = Files.write(dir.resolve("qingyuan-2025.fodt"), Fixtures.bytes("qingyuan-2025.fodt"));
        Path pdf = LibreOffice.convert(fodt, "pdf", dir);
        readsLikeItsText(Files.readAllBytes(pdf), pdf.getFileName().toString(), "qingyuan-2025.txt");
    }
}
