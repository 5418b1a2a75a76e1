package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make a naive reader hang or blow up. The timeout is a guard against a hang that would
 * otherwise stall the build, set far above the time these take; it asserts nothing about speed.
 */
@Timeout(120)
class PlainTextReaderPathologicalInputTest {

    private static final PlainTextReader READER = PlainTextReader.standard();

    @Test
    void hugeRunInLine() {
        String text = "（一）坚持思想引领。" + "清风徐来，水波不兴".repeat(400_000);
        AnnualReport r = READER.read(text);
        assertThat(r.sections()).hasSize(1);
        assertThat(r.sections().get(0).blocks().get(0).text()).hasSize(9 * 400_000);
    }

    @Test
    void hugeLineOfOpeningBracketsEndingInAFullStop() {
        String text = "（一）" + "“《（".repeat(500_000) + "。正文";
        AnnualReport r = READER.read(text);
        assertThat(r.sections()).hasSize(1);
        assertThat(r.sections().get(0).runIn()).isTrue();
    }

    @Test
    void hugeLineOfCommasAndColons() {
        String text = "，：".repeat(1_000_000) + "：";
        AnnualReport r = READER.read(text);
        assertThat(r.preamble()).hasSize(1);
    }

    @Test
    void hundredsOfThousandsOfHeadings() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append(i % 4 == 0 ? "一、甲\n" : i % 4 == 1 ? "（一）乙。丙\n" : i % 4 == 2 ? "1.丁\n" : "（1）戊\n");
        }
        AnnualReport r = READER.read(text.toString());
        assertThat(r.sections()).hasSize(50_000);
        assertThat(r.allSections().count()).isEqualTo(200_000);
        assertThat(r.allSections().mapToInt(Section::level).max()).hasValue(4);
    }

    @Test
    void manyMissingNumeralsCapTheirOrdinal() {
        AnnualReport r = READER.read("、甲\n".repeat(12_000));
        assertThat(r.sections()).hasSize(12_000);
        assertThat(r.sections().get(11_999).number().ordinal()).isEqualTo(9999);
    }

    @Test
    void manyDateLinesAtTheEnd() {
        AnnualReport r = READER.read("一、主要做法\n" + "2022年1月5日\n".repeat(100_000));
        assertThat(r.signOff()).isPresent();
        assertThat(r.sections().get(0).paragraphs()).hasSize(99_999);
    }

    @Test
    void megabytesOfRandomBytes() {
        byte[] bytes = new byte[8 * 1024 * 1024];
        new Random(42).nextBytes(bytes);
        assertThatThrownBy(() -> READER.read(bytes, "random.bin")).isInstanceOf(ReportReadException.class);
    }

    @Test
    void megabytesOfOneLongGb18030Line() {
        byte[] bytes = "清风徐来水波不兴".repeat(1_000_000).getBytes(java.nio.charset.Charset.forName("GB18030"));
        AnnualReport r = READER.read(bytes, "long.txt");
        assertThat(r.preamble()).hasSize(1);
    }

    @Test
    void onlyLineBreaks() {
        assertThatThrownBy(() -> READER.read("\r\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .isInstanceOf(ReportReadException.class);
    }
}
