package io.github.fazhi.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.Title;
import io.github.fazhi.validation.ReportValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report written in LibreOffice Writer with automatic Chinese numbering (一、 / （一）, which LibreOffice saves as
 * {@code taiwaneseCountingThousand} with {@code %1、} and {@code （%2）}) reads into the same structure and the
 * same findings as its text. The DOCX checked in beside the flat ODT was made from it by LibreOffice (see the
 * README there); where {@code soffice} is installed the test also converts the flat ODT afresh.
 */
class LibreOfficeNumberingTest {

    static final String TEXT = "清河市清河区司法局2025年法治政府建设年度报告\n"
            + "区委、区政府：\n"
            + "2025年，区司法局在区委、区政府的领导下，坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：\n"
            + "一、2025年推进法治政府建设的主要举措和成效\n"
            + "（一）坚持依法决策\n"
            + "全年审查重大行政决策事项9件、行政规范性文件27件，提出修改意见64条。\n"
            + "（二）严格规范执法\n"
            + "评查行政执法案卷180卷，评出优秀案卷21卷，对发现的问题逐一反馈整改。\n"
            + "二、2025年推进法治政府建设存在的不足和原因\n"
            + "一是基层执法力量仍然薄弱；二是部分干部法治思维有待增强。原因在于编制有限、培训不够系统。\n"
            + "三、2025年党政主要负责人履行推进法治建设第一责任人职责情况\n"
            + "局主要负责人带头学法，主持召开局党组会研究部署法治建设工作4次，督促依法行政，出庭应诉2次，年终述法。\n"
            + "四、2026年推进法治政府建设的主要安排\n"
            + "2026年，区司法局将持续深化行政执法监督，推进基层依法治理。\n"
            + "清河市清河区司法局\n"
            + "2026年1月20日\n";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LibreOfficeNumberingTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String entry(byte[] docx, String name) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    private static List<String> findings(AnnualReport r) {
        return ReportValidator.national().validate(r).findings().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.elementId() + " " + f.message())
                .toList();
    }

    /** The structure a person reads in the report, and the agreement with its text. */
    private static void readsAsItsText(byte[] docx) throws IOException {
        // what LibreOffice wrote: the Chinese counting as taiwaneseCountingThousand, the labels as lvlText
        String numbering = entry(docx, "word/numbering.xml");
        assertThat(numbering)
                .contains("taiwaneseCountingThousand")
                .contains("%1、")
                .contains("（%2）");

        AnnualReport fromDocx = DocxReportReader.standard().read(docx, "libreoffice-numbering.docx");
        assertThat(fromDocx.title()).map(Title::text).contains("清河市清河区司法局2025年法治政府建设年度报告");
        assertThat(fromDocx.issuer()).contains("清河市清河区司法局");
        assertThat(fromDocx.reportingYear()).isEqualTo(OptionalInt.of(2025));
        assertThat(fromDocx.metadata().mainRecipients()).containsExactly("区委", "区政府");
        assertThat(fromDocx.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.MEASURES_AND_RESULTS,
                        SectionKind.SHORTCOMINGS_AND_CAUSES,
                        SectionKind.FIRST_RESPONSIBLE_PERSON,
                        SectionKind.NEXT_YEAR_PLAN);
        assertThat(fromDocx.sections())
                .extracting(s -> s.printedNumber().orElseThrow())
                .containsExactly("一、", "二、", "三、", "四、");
        assertThat(fromDocx.sections().get(0).subsections())
                .extracting(Section::headingLine)
                .containsExactly("（一）坚持依法决策", "（二）严格规范执法");
        assertThat(fromDocx.signOff().orElseThrow().dateText()).contains("2026年1月20日");

        AnnualReport fromText = PlainTextReader.standard().read(TEXT, "libreoffice-numbering.txt");
        assertThat(ReportJson.write(TextAgreement.of(fromDocx)))
                .isEqualTo(ReportJson.write(TextAgreement.of(fromText)));
        List<String> expected = findings(fromText);
        assertThat(findings(fromDocx)).isEqualTo(expected);
        assertThat(expected).noneMatch(f -> f.startsWith("numbering-") || f.startsWith("part-missing"));
    }

    @Test
    void theCheckedInDocxMadeByLibreOfficeReadsAsItsText() throws IOException {
        readsAsItsText(resource("libreoffice-numbering.docx"));
    }

    @Test
    void theFlatOdtConvertedByLibreOfficeNowReadsAsItsText(@TempDir Path dir) throws Exception {
        Path fodt = dir.resolve("libreoffice-numbering.fodt");
        Files.write(fodt, resource("libreoffice-numbering.fodt"));
        Process p;
        try {
            p = new ProcessBuilder(
                            "soffice",
                            "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                            "--headless",
                            "--convert-to",
                            "docx",
                            "--outdir",
                            dir.toString(),
                            fodt.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile())
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "LibreOffice (soffice) is not installed: " + e.getMessage());
            return;
        }
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        Path docx = dir.resolve("libreoffice-numbering.docx");
        assumeTrue(
                done && Files.isRegularFile(docx),
                "soffice did not convert the file: " + Files.readString(dir.resolve("soffice.log")));
        readsAsItsText(Files.readAllBytes(docx));
    }
}
