package io.github.fazhi.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.testing.ModelArbitraries;
import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.SampleReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ModelArbitraries.reports();
    }

    @Property(tries = 300)
    void writesWhatCoresPlainTextWriterWritesWithoutPageFurnitureForAnyReportAndOptions(
            @ForAll("reports") AnnualReport report,
            @ForAll boolean indent,
            @ForAll boolean blankLines,
            @ForAll boolean crlf) {
        String separator = crlf ? "\r\n" : "\n";
        String expected = PlainTextWriter.builder()
                .indent(indent)
                .blankLines(blankLines)
                .lineSeparator(separator)
                .build()
                .write(report.withoutPageFurniture());
        TextRenderer renderer = TextRenderer.builder()
                .indent(indent)
                .blankLines(blankLines)
                .lineSeparator(separator)
                .build();
        assertThat(renderer.renderToString(report)).isEqualTo(expected);
    }

    @Test
    void keepsRunInHeadingsInTheirParagraphAndIndentsBodyLinesOnly() {
        String text = TextRenderer.builder().indent(true).build().renderToString(SampleReports.sample());
        assertThat(text)
                .startsWith("清区司呈〔2025〕2号\n\n清河市清河区司法局2024年法治政府建设年度报告\n\n区委、区政府：\n\n　　2024年，")
                .contains("\n　　（一）抓学习，夯实法治思维根基。局党组全年召开理论学习中心组学法会议6次，")
                .contains("\n　　（三）抓执法，提升执法规范化水平\n\n　　以行政执法")
                .endsWith("\n　　本年度无其他需要报告的情况。\n\n清河市清河区司法局\n2025年1月20日\n");
    }

    @Test
    void describesItsFormat() {
        TextRenderer renderer = TextRenderer.builder().build();
        assertThat(renderer.format()).isEqualTo(RenderFormat.TEXT);
        assertThat(renderer.formatId()).isEqualTo("text");
        assertThat(renderer.format().fileExtension()).isEqualTo("txt");
        assertThat(renderer.format().contentType()).isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void writesUtf8ToAStreamAndLeavesItOpen() throws IOException {
        class Recording extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Recording out = new Recording();
        TextRenderer renderer = TextRenderer.builder().build();
        renderer.render(SampleReports.sample(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(renderer.renderToString(SampleReports.sample()));
        assertThat(out.closed).isFalse();
    }

    @Test
    void anAppendableThatFailsGivesAnUncheckedIoException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> TextRenderer.builder().build().render(SampleReports.sample(), broken))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");
    }

    @Test
    void refusesOtherLineSeparators() {
        assertThatThrownBy(() -> TextRenderer.builder().lineSeparator("\r"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
