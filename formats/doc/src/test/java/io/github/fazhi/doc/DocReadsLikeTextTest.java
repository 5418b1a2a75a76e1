package io.github.fazhi.doc;

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
 * A report LibreOffice wrote as {@code .doc} reads into the same structure (issuer, title, year, part
 * kinds, headings, sub-section counts) and gives the same findings as the same report's text.
 */
class DocReadsLikeTextTest {

    private static final ReportValidator VALIDATOR = ReportValidator.national();

    static List<String> findings(AnnualReport r) {
        return VALIDATOR.validate(r).findings().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.elementId() + " " + f.message())
                .toList();
    }

    private static void readsLikeItsText(byte[] doc, String name, String textFixture) {
        AnnualReport fromText = PlainTextReader.standard().read(Fixtures.text(textFixture), textFixture);
        AnnualReport fromDoc = DocReportReader.standard().read(doc, name);
        assertThat(ReportShape.of(fromDoc)).as(name).isEqualTo(ReportShape.of(fromText));
        assertThat(fromDoc.metadata().issuers()).isNotEmpty();
        assertThat(findings(fromDoc)).as(name).isEqualTo(findings(fromText));
        // the same model, and the headers and footers kept as page furniture, nothing else
        assertThat(SameReport.comparable(fromDoc)).as(name).isEqualTo(SameReport.comparable(fromText));
        assertThat(SameReport.furniture(fromDoc))
                .containsExactlyElementsOf(DocReportReader.standard().extract(doc, name).lines().stream()
                        .filter(l -> !l.hints().inBody())
                        .map(io.github.fazhi.core.read.SourceLine::text)
                        .toList());
    }

    @Test
    void theCheckedInLibreOfficeFilesReadLikeTheirText() {
        readsLikeItsText(DocFixtures.bytes("qingyuan-2025.doc"), "qingyuan-2025.doc", "qingyuan-2025.txt");
        readsLikeItsText(
                DocFixtures.bytes("qinghe-justice-2025.doc"), "qinghe-justice-2025.doc", "qinghe-justice-2025.txt");
    }

    @Test
    void aWpsFileReadsLikeItsText() {
        byte[] wps = DocFixtures.withWpsMarks(DocFixtures.bytes("qingyuan-2025.doc"), true);
        readsLikeItsText(wps, "qingyuan-2025.wps", "qingyuan-2025.txt");
    }

    @Test
    void aDocLibreOfficeWritesNowReadsLikeItsText(@TempDir Path dir) throws Exception {
        LibreOffice.assumePresent();
        Path fodt = Files.write(dir.resolve("qingyuan-2025.fodt"), Fixtures.bytes("qingyuan-2025.fodt"));
        Path doc = LibreOffice.convert(fodt, "doc", dir);
        readsLikeItsText(Files.readAllBytes(doc), doc.getFileName().toString(), "qingyuan-2025.txt");
    }
}
