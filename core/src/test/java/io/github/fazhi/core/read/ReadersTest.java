package io.github.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.SourceSpan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

    private static final String REPORT = "清河市清河区司法局2025年法治政府建设年度报告\n"
            + "2025年，区司法局推进法治政府建设。现将有关情况报告如下：\n"
            + "一、2025年推进法治政府建设的主要举措和成效\n"
            + "全年办理行政复议案件12件。\n";

    @TempDir
    Path dir;

    @Test
    void tellsFormatsByContentNotByName() throws IOException {
        assertThat(Readers.detect(utf8(REPORT))).isEqualTo(DocumentFormat.TEXT);
        assertThat(Readers.detect(REPORT.getBytes(Charset.forName("GB18030")))).isEqualTo(DocumentFormat.TEXT);
        assertThat(Readers.detect(utf8("\uFEFF  {\"schemaVersion\": \"1.0\"}"))).isEqualTo(DocumentFormat.JSON);
        assertThat(Readers.detect(utf8("<!DOCTYPE html><html><body><p>报告</p></body></html>")))
                .isEqualTo(DocumentFormat.HTML);
        assertThat(Readers.detect(utf8("\n<div class=\"article\"><p>报告</p></div>")))
                .isEqualTo(DocumentFormat.HTML);
        assertThat(Readers.detect(utf8("{\\rtf1\\ansi 报告}"))).isEqualTo(DocumentFormat.RTF);
        assertThat(Readers.detect(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).isEqualTo(DocumentFormat.PDF);
        assertThat(Readers.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))
                .isEqualTo(DocumentFormat.IMAGE);
        assertThat(Readers.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .isEqualTo(DocumentFormat.IMAGE);
        assertThat(Readers.detect(new byte[] {'a', 'b', 0, 'c'})).isEqualTo(DocumentFormat.BINARY);
        assertThat(Readers.detect(utf8("<?xml version=\"1.0\"?><office:document office:mimetype="
                        + "\"application/vnd.oasis.opendocument.text\">")))
                .isEqualTo(DocumentFormat.ODT);
        // pages as browsers save them: Internet Explorer's mark of the web, a BOM before an XHTML declaration
        assertThat(
                        Readers.detect(
                                utf8(
                                        "<!-- saved from url=(0049)http://www.example.gov.cn/art/2026/3/21/1.html -->\n"
                                                + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"\">\n<html><body></body></html>")))
                .isEqualTo(DocumentFormat.HTML);
        assertThat(Readers.detect(utf8("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n"
                        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>报告</title></head></html>")))
                .isEqualTo(DocumentFormat.HTML);
        // a text that merely mentions a tag is text
        assertThat(Readers.detect(utf8("报告中提到<p>标签。"))).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void tellsZipPackagesByTheirEntries() throws IOException {
        assertThat(Readers.detect(zip("[Content_Types].xml", "word/document.xml")))
                .isEqualTo(DocumentFormat.DOCX);
        assertThat(Readers.detect(zip("OFD.xml", "Doc_0/Document.xml"))).isEqualTo(DocumentFormat.OFD);
        assertThat(Readers.detect(zip("[Content_Types].xml", "xl/workbook.xml")))
                .isEqualTo(DocumentFormat.SPREADSHEET);
        assertThat(Readers.detect(zip("readme.txt"))).isEqualTo(DocumentFormat.ZIP);
    }

    @Test
    void tellsOleFilesByTheirStreams() {
        assertThat(Readers.detect(ole("WordDocument", "1Table"))).isEqualTo(DocumentFormat.DOC);
        assertThat(Readers.detect(ole("WordDocument", "WpsCustomData"))).isEqualTo(DocumentFormat.WPS);
        // WPS Office does not always write WpsCustomData; its KSOProductBuildVer property is always there
        byte[] wps = ole("WordDocument", "0Table", "\u0005DocumentSummaryInformation");
        byte[] property = "KSOProductBuildVer".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(property, 0, wps, 900, property.length);
        assertThat(Readers.detect(wps)).isEqualTo(DocumentFormat.WPS);
        // Microsoft Works also names its files .wps: another format, refused by its own name
        assertThat(Readers.detect(ole("CONTENTS", "MatOST", "SPELLING"))).isEqualTo(DocumentFormat.WORKS);
        assertThatThrownBy(() -> Readers.read(ole("CONTENTS", "MatOST"), "letter.wps", ReadOptions.defaults()))
                .isInstanceOfSatisfying(
                        UnsupportedFormatException.class,
                        e -> assertThat(e.format()).isEqualTo(DocumentFormat.WORKS))
                .hasMessageContaining("Microsoft Works")
                .hasMessageContaining("并非金山 WPS");
        assertThat(Readers.detect(ole("EncryptionInfo", "EncryptedPackage")))
                .isEqualTo(DocumentFormat.ENCRYPTED_OFFICE);
        assertThat(Readers.detect(ole("Workbook"))).isEqualTo(DocumentFormat.SPREADSHEET);
        assertThat(Readers.detect(ole("Something"))).isEqualTo(DocumentFormat.OLE);
    }

    @Test
    void readsTextAndJsonWithCoreReaders() throws IOException {
        Path text = Files.write(dir.resolve("report.json"), utf8(REPORT)); // a misleading name
        AnnualReport fromText = Readers.read(text);
        assertThat(fromText.issuer()).contains("清河市清河区司法局");
        assertThat(Readers.forFile(text).formatId()).isEqualTo("text");

        Path json = Files.writeString(dir.resolve("report.txt"), ReportJson.write(fromText));
        assertThat(Readers.read(json)).isEqualTo(fromText);
        assertThat(Readers.formats()).contains("json", "text");
        assertThat(Readers.forFormat("text", ReadOptions.defaults())).isPresent();
        assertThat(Readers.forFormat("nonesuch", ReadOptions.defaults())).isEmpty();
    }

    @Test
    void refusesFormatsWithoutAReaderByName() throws IOException {
        Path rtf = Files.write(dir.resolve("2025.txt"), utf8("{\\rtf1\\ansi 报告}"));
        assertThatThrownBy(() -> Readers.read(rtf))
                .isInstanceOfSatisfying(
                        UnsupportedFormatException.class,
                        e -> assertThat(e.format()).isEqualTo(DocumentFormat.RTF))
                .hasMessageStartingWith(rtf + ": ")
                .hasMessageContaining("RTF")
                .hasMessageContaining("DOCX");
        Path pdf = Files.write(dir.resolve("2025.pdf"), utf8("%PDF-1.7\n"));
        assertThatThrownBy(() -> Readers.read(
                        pdf, ReadOptions.builder().locale(Locale.ENGLISH).build()))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("PDF")
                .hasMessageContaining("io.github.fazhi:fazhi-pdf");
        Path scan = Files.write(dir.resolve("scan.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        assertThatThrownBy(() -> Readers.read(scan)).hasMessageContaining("没有可读取的文字");
        assertThatThrownBy(() -> Readers.read(new byte[] {'a', 'b', 0}, "x.bin", ReadOptions.defaults()))
                .isInstanceOfSatisfying(
                        ReportReadException.class,
                        e -> assertThat(e.byteOffset()).hasValue(2))
                .hasMessageStartingWith("x.bin: byte 2: ");
    }

    @Test
    void refusesFilesOverTheLimit() throws IOException {
        Path big = Files.write(dir.resolve("big.txt"), utf8(REPORT));
        ReadOptions small = ReadOptions.builder().maxInputBytes(10).build();
        assertThatThrownBy(() -> Readers.read(big, small)).isInstanceOf(ReportReadException.class);
    }

    @Test
    void theStructureReaderReadsLinesAndTakesTheDisclosure() {
        List<SourceLine> lines = List.of(
                SourceLine.of("清河市清河区司法局2025年法治政府建设年度报告", SourceSpan.ofLine(1, 1, 22)),
                SourceLine.of("一、2025年推进法治政府建设的主要举措和成效", SourceSpan.ofLine(2, 1, 21)),
                SourceLine.of("全年办理行政复议案件12件。", SourceSpan.ofLine(3, 1, 14)));
        var disclosure = new io.github.fazhi.core.Disclosure(
                java.util.Optional.of(java.time.LocalDate.of(2026, 3, 20)),
                java.util.Optional.empty(),
                java.util.Optional.empty());
        AnnualReport report = StructureReader.standard()
                .read(new SourceDocument(
                        "r.html",
                        "html",
                        lines,
                        DocumentInfo.builder().disclosure(disclosure).build()));
        assertThat(report.reportingYear()).hasValue(2025);
        assertThat(report.sections()).hasSize(1);
        assertThat(report.metadata().disclosure()).contains(disclosure);
        assertThatThrownBy(() -> StructureReader.standard()
                        .read(new SourceDocument("e.txt", "text", List.of(), DocumentInfo.NONE)))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("e.txt: ");
    }

    @Test
    void spansCanBeOnPagesAndSurviveJson() {
        SourceSpan onPage = SourceSpan.onPage(3, 5, 1, 5, 20);
        assertThat(onPage.paged()).isTrue();
        assertThat(onPage).hasToString("p3:5:1-5:20");
        assertThat(SourceSpan.of(9, 1, 9, 2).compareTo(onPage)).isNegative();
        assertThat(SourceSpan.of(9, 1, 9, 2)).hasToString("9:1-9:2");
        assertThatThrownBy(() -> SourceSpan.onPage(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        AnnualReport report = io.github.fazhi.core.PlainTextReader.standard().read(REPORT);
        AnnualReport paged = report.withSections(report.sections().stream()
                .map(s -> new io.github.fazhi.core.Section(
                        s.id(),
                        s.kind(),
                        s.number(),
                        s.printedNumber(),
                        s.heading(),
                        s.runIn(),
                        s.blocks(),
                        s.subsections(),
                        s.span().map(x -> x.withPage(2))))
                .toList());
        String json = ReportJson.write(paged);
        assertThat(json).contains("\"page\" : 2");
        assertThat(ReportJson.read(json, "p.json")).isEqualTo(paged);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A minimal compound file: the header sector, then a directory sector with one 128-byte entry a name. */
    private static byte[] ole(String... names) {
        byte[] b = new byte[512 + 512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        for (int i = 0; i < names.length; i++) {
            byte[] name = (names[i] + "\0").getBytes(StandardCharsets.UTF_16LE);
            int at = 512 + i * 128;
            System.arraycopy(name, 0, b, at, name.length);
            b[at + 64] = (byte) name.length;
        }
        return b;
    }
}
