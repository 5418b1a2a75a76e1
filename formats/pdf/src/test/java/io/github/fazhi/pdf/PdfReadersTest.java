package io.github.fazhi.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.read.Readers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With fazhi-pdf on the class path, Readers reads PDF by its content. */
class PdfReadersTest {

    @TempDir
    Path dir;

    @Test
    void readersReadPdfByContentWhateverItsName() throws IOException {
        assertThat(Readers.formats()).contains("pdf");
        Path pdf = Files.write(dir.resolve("报告.bin"), PdfFixtures.bytes("qinghe-justice-2025.pdf"));
        assertThat(Readers.forFile(pdf).formatId()).isEqualTo("pdf");
        AnnualReport report = Readers.read(pdf);
        assertThat(report.issuer()).contains("清河市清河区司法局");
        assertThat(report.hasSection(SectionKind.NEXT_YEAR_PLAN)).isTrue();
        Path scan = Files.write(dir.resolve("scan.pdf"), PdfFixtures.bytes("scan-only.pdf"));
        assertThatThrownBy(() -> Readers.read(scan))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith(scan + ": PDF 中没有可提取的文字");
    }

    @Test
    void theModelsSpansGiveThePage() throws IOException {
        AnnualReport report =
                Readers.read(Files.write(dir.resolve("r.pdf"), PdfFixtures.bytes("qinghe-justice-2025.pdf")));
        assertThat(report.sections().get(0).span())
                .hasValueSatisfying(s -> assertThat(s.page()).isEqualTo(1));
        assertThat(report.sections().get(1).span())
                .hasValueSatisfying(s -> assertThat(s.page()).isEqualTo(6));
    }
}
