package io.github.fazhi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.SourceSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    @Test
    void sampleReadsBackEqual() {
        AnnualReport built = SampleReports.qingheJustice();
        AnnualReport read =
                DocxReportReader.standard().read(DocxRenderer.standard().renderToBytes(built), "sample.docx");
        assertThat(ReportJson.write(Normalised.of(read))).isEqualTo(ReportJson.write(Normalised.of(built)));
        assertThat(read.metadata().issuers()).isEqualTo(built.metadata().issuers());
        assertThat(read.title().orElseThrow().lines()).containsExactly("清河市清河区司法局", "2024年法治政府建设年度报告");
    }

    @Test
    void webVersionReadsBackWithoutTheAddresseeLine() {
        AnnualReport built = SampleReports.qingheJustice();
        AnnualReport read = DocxReportReader.standard()
                .read(DocxRenderer.builder().webVersion().build().renderToBytes(built), "web.docx");
        assertThat(read.header()).noneMatch(h -> h.kind() == HeaderLineKind.ADDRESSEE);
        assertThat(read.metadata().mainRecipients()).isEmpty();
        AnnualReport withoutAddressee = new AnnualReport(
                built.metadata().toBuilder().mainRecipients(List.of()).build(),
                List.of(),
                built.title(),
                built.preamble(),
                built.sections(),
                built.signOff(),
                built.trailing());
        assertThat(ReportJson.write(Normalised.of(read))).isEqualTo(ReportJson.write(Normalised.of(withoutAddressee)));
    }

    @Test
    void sourceSpansAreParagraphIndexes() {
        AnnualReport read = DocxReportReader.standard()
                .read(DocxRenderer.standard().renderToBytes(SampleReports.qingheJustice()), "s.docx");
        // paragraphs: 1-2 title, 3 blank, 4 addressee, 5 preamble, 6 heading 一、
        assertThat(read.title().orElseThrow().span().map(SourceSpan::line)).contains(1);
        assertThat(read.header().get(0).span().map(SourceSpan::line)).contains(4);
        assertThat(read.preamble().get(0).span().map(SourceSpan::line)).contains(5);
        assertThat(read.sections().get(0).span().map(SourceSpan::line)).contains(6);
        List<String> lines = DocxReportReader.standard()
                .readLines(DocxRenderer.standard().renderToBytes(SampleReports.qingheJustice()), "s.docx");
        read.withoutPageFurniture()
                .walk()
                .forEach(e ->
                        assertThat(lines.get(e.span().orElseThrow().line() - 1)).isNotBlank());
        // the page-number footers (odd and even pages print the same) are one line of furniture after the body
        assertThat(read.trailing()).singleElement().satisfies(f -> {
            assertThat(f).isInstanceOf(io.github.fazhi.core.PageFurniture.class);
            assertThat(f.text()).isEqualTo("— 1 —");
            assertThat(f.span().orElseThrow().line()).isEqualTo(lines.size() + 1);
        });
        assertThat(lines.get(read.signOff().orElseThrow().span().orElseThrow().line() - 1))
                .isEqualTo("清河市清河区司法局");
    }

    /**
     * Real published reports (shared corpus, not copied into the project): read from text, written as DOCX and
     * read again, they are the same report (spans and the title's line split aside).
     */
    @Test
    void corpusReportsReadTheSameFromTextAndFromDocx() throws Exception {
        String corpus = System.getProperty("fazhi.corpus", "");
        Path dir = Path.of(corpus.isEmpty() ? "does-not-exist" : corpus);
        Assumptions.assumeTrue(Files.isDirectory(dir), "the shared corpus is not at " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            AnnualReport fromText = PlainTextReader.standard().read(f);
            AnnualReport fromDocx =
                    DocxReportReader.standard().read(DocxRenderer.standard().renderToBytes(fromText), "c.docx");
            assertThat(ReportJson.write(TextAgreement.of(fromDocx)))
                    .as(f.getFileName().toString())
                    .isEqualTo(ReportJson.write(TextAgreement.of(fromText)));
        }
    }

    @Test
    void readsFilesAndStreams(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("清河区司法局2024年报告.docx");
        try (var out = Files.newOutputStream(file)) {
            DocxRenderer.standard().render(SampleReports.qingheJustice(), out);
        }
        AnnualReport fromFile = DocxReportReader.standard().read(file);
        AnnualReport fromStream;
        try (var in = Files.newInputStream(file)) {
            fromStream = DocxReportReader.standard().read(in, "s.docx");
        }
        assertThat(fromFile).isEqualTo(fromStream);
        assertThat(ReportJson.write(Normalised.of(fromFile)))
                .isEqualTo(ReportJson.write(Normalised.of(SampleReports.qingheJustice())));
        List<String> lines = DocxReportReader.standard().readLines(file);
        assertThat(lines).hasSize(26).endsWith("", "清河市清河区司法局", "2025年1月20日");
    }
}
