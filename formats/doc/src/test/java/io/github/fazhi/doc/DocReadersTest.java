package io.github.fazhi.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.core.read.UnsupportedFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With fazhi-doc on the class path, Readers reads .doc and .wps by their content. */
class DocReadersTest {

    @TempDir
    Path dir;

    @Test
    void readersReadDocAndWpsByContentWhateverTheirName() throws IOException {
        assertThat(Readers.formats()).contains("doc", "wps");
        Path doc = Files.write(dir.resolve("报告.txt"), DocFixtures.bytes("qingyuan-2025.doc"));
        AnnualReport report = Readers.read(doc);
        assertThat(report.issuer()).contains("清河区清源街道办事处");
        assertThat(report.reportingYear()).hasValue(2025);
        assertThat(report.hasSection(SectionKind.FIRST_RESPONSIBLE_PERSON)).isTrue();
        assertThat(Readers.forFile(doc).formatId()).isEqualTo("doc");

        Path wps = Files.write(
                dir.resolve("报告.wps"), DocFixtures.withWpsMarks(DocFixtures.bytes("qingyuan-2025.doc"), false));
        assertThat(Readers.detect(wps)).isEqualTo(DocumentFormat.WPS);
        assertThat(Readers.read(wps)).isEqualTo(report);
    }

    @Test
    void errorsNameTheFileInTheReadersLanguage() throws IOException {
        Path scan = Files.write(dir.resolve("scan.doc"), DocFixtures.bytes("scan-only.doc"));
        assertThatThrownBy(() -> Readers.read(
                        scan, ReadOptions.builder().locale(Locale.ENGLISH).build()))
                .hasMessageStartingWith(scan + ": ")
                .hasMessageContaining("no text");
    }

    @Test
    void microsoftWorksIsRefusedByItsOwnName() {
        // a Microsoft Works 4 word-processor file's directory: CONTENTS and MatOST streams, no WordDocument
        byte[] works = new byte[1024 + 512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, works, 0, magic.length);
        String[] names = {"Root Entry", "CONTENTS", "MatOST", "SPELLING"};
        for (int i = 0; i < names.length; i++) {
            byte[] name = (names[i] + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
            System.arraycopy(name, 0, works, 512 + i * 128, name.length);
            works[512 + i * 128 + 64] = (byte) name.length;
        }
        assertThat(Readers.detect(works)).isEqualTo(DocumentFormat.WORKS);
        assertThatThrownBy(() -> Readers.read(works, "旧报告.wps", ReadOptions.defaults()))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("Microsoft Works");
        assertThatThrownBy(() -> DocReportReader.standard().read(works, "旧报告.wps"))
                .hasMessage(
                        "旧报告.wps: 这是Microsoft Works 文字处理文档（.wps，并非金山 WPS 格式），不是 Word 97-2003（.doc）或 WPS 文字（.wps）文档");
    }
}
