package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextWriterTest {

    @Test
    void writesTheReportAsAPersonWouldType() {
        String text = PlainTextWriter.standard().write(ReportJsonTest.sample());
        assertThat(text).isEqualTo("""
                清河市清河区司法局2025年法治政府建设年度报告

                区委、区政府：

                2025年，区司法局依法履职。现将有关情况报告如下：

                一、2025年推进法治政府建设的主要举措和成效

                （一）坚持思想引领。局党组带头学法。

                （二）严格规范执法。全年办案120件。

                二、2025年推进法治政府建设存在的不足和原因

                执法队伍专业化水平仍需提高，原因在于培训不足。

                三、2025年党政主要负责人履行推进法治建设第一责任人职责情况

                主要负责同志履行第一责任人职责。

                四、2026年推进法治政府建设的主要安排

                （一）深化普法

                开展普法活动。

                清河市清河区司法局
                2026年1月23日
                """);
    }

    @Test
    void indentAndCompactOptions() {
        String text = PlainTextWriter.builder()
                .indent(true)
                .blankLines(false)
                .lineSeparator("\r\n")
                .build()
                .write(ReportJsonTest.sample());
        assertThat(text).startsWith("清河市清河区司法局2025年法治政府建设年度报告\r\n区委、区政府：\r\n　　2025年");
        assertThat(text).contains("\r\n　　（一）坚持思想引领。局党组带头学法。\r\n");
        assertThat(text).endsWith("开展普法活动。\r\n\r\n清河市清河区司法局\r\n2026年1月23日\r\n");
    }
}
