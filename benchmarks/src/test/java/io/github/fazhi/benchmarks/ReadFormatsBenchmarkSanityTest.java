package io.github.fazhi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SectionKind;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Each reader benchmark reads the whole report, and each peer extracts the same text. */
class ReadFormatsBenchmarkSanityTest {

    @Test
    void everyFormatReadsTheWholeReportAndEveryPeerItsText() throws IOException {
        for (String format : new String[] {"doc", "pdf", "ofd", "html"}) {
            ReadFormatsBenchmark b = new ReadFormatsBenchmark();
            b.format = format;
            b.setUp();
            AnnualReport report = b.fazhi();
            assertThat(report.issuer()).as(format).contains("清河市清河区司法局");
            assertThat(report.sections()).as(format).hasSize(5);
            assertThat(report.hasSection(SectionKind.FIRST_RESPONSIBLE_PERSON))
                    .as(format)
                    .isTrue();
            assertThat(b.fazhiLines()).as(format).hasSizeGreaterThanOrEqualTo(35);
            String peer = b.peer().replaceAll("\\s+", "");
            assertThat(peer).as(format).contains("我局对上一年度法治督察反馈的").contains("2026年1月23日");
        }
    }
}
