package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.testing.ReportArbitraries;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class PlainTextReaderPropertiesTest {

    private static final PlainTextReader READER = PlainTextReader.standard();

    /** What a reader must get back: structure, kinds, labels, run-in flags and all text. */
    static String projection(AnnualReport r) {
        StringBuilder out = new StringBuilder();
        for (HeaderLine h : r.header()) {
            out.append("header ")
                    .append(h.kind())
                    .append(' ')
                    .append(h.afterTitle())
                    .append(' ');
            out.append(h.text()).append('\n');
        }
        r.title().ifPresent(t -> out.append("title ").append(t.lines()).append('\n'));
        for (Block p : r.preamble()) {
            out.append("preamble ").append(p.text()).append('\n');
        }
        for (Section s : r.sections()) {
            section(s, out);
        }
        r.signOff()
                .ifPresent(s -> out.append("signoff ")
                        .append(s.issuers())
                        .append(' ')
                        .append(s.dateText())
                        .append(' ')
                        .append(s.date())
                        .append('\n'));
        for (Block p : r.trailing()) {
            out.append("trailing ").append(p.text()).append('\n');
        }
        return out.toString();
    }

    private static void section(Section s, StringBuilder out) {
        out.append("  ".repeat(s.level()))
                .append(s.label())
                .append(" | ")
                .append(s.number())
                .append(' ')
                .append(s.number().ordinal())
                .append(" | ")
                .append(s.kind())
                .append(s.runIn() ? " run-in | " : " | ")
                .append(s.heading())
                .append('\n');
        for (Block b : s.blocks()) {
            out.append("  ".repeat(s.level())).append("  p ").append(b.text()).append('\n');
        }
        for (Section sub : s.subsections()) {
            section(sub, out);
        }
    }

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ReportArbitraries.reports();
    }

    @Property(tries = 1000)
    void builtReportsWrittenAsTextReadBackEqual(@ForAll("reports") AnnualReport built) {
        String text = PlainTextWriter.standard().write(built);
        AnnualReport read = READER.read(text, "generated.txt");
        Statistics.label("deepest level")
                .collect(built.allSections().mapToInt(Section::level).max().orElse(0));
        Statistics.label("title, sign-off")
                .collect(
                        built.title().map(t -> t.lines().size()).orElse(0),
                        built.signOff()
                                .map(so -> so.dateText().isPresent() ? "dated" : "undated")
                                .orElse("none"));

        assertThat(projection(read)).isEqualTo(projection(built));
        OptionalInt expectedYear = ReportArbitraries.yearIsWritten(built) ? built.reportingYear() : OptionalInt.empty();
        assertThat(read.reportingYear()).isEqualTo(expectedYear);
        assertThat(read.metadata().mainRecipients()).isEqualTo(built.metadata().mainRecipients());
        assertThat(read.walk()).allSatisfy(e -> assertThat(e.span()).isPresent());
        // the indented, CRLF layout reads the same (blank lines stay: without them an issuer line right
        // above the title is the title's first line)
        String indented = PlainTextWriter.builder()
                .indent(true)
                .lineSeparator("\r\n")
                .build()
                .write(built);
        assertThat(projection(READER.read(indented))).isEqualTo(projection(built));
    }

    @Provide
    Arbitrary<String> reportLikeText() {
        return reportLikeText(true);
    }

    private static Arbitrary<String> reportLikeText(boolean anyChars) {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(
                        "一、",
                        "（一）",
                        "(二)",
                        "1.",
                        "2、",
                        "（1）",
                        "3）",
                        "、",
                        "（）",
                        "。",
                        "，",
                        "：",
                        ":",
                        "\n",
                        "\n\n",
                        "\r",
                        "\r\n",
                        " ",
                        "\u3000",
                        "2021年",
                        "二〇二二年一月五日",
                        "2022年1月5日",
                        "2022年2月30日",
                        "报告",
                        "法治政府建设",
                        "关于",
                        "清河区司法局",
                        "区人民政府",
                        "签发人：",
                        "〔2017〕3号",
                        "第一责任人",
                        "存在的问题",
                        "主要安排",
                        "一是",
                        "《纲要（2021—2025年）》",
                        "“",
                        "”",
                        "\uFEFF",
                        "\uD800",
                        "\uDC00",
                        "\u0000",
                        "\u2028",
                        "\f",
                        "\u000B",
                        "\u00A0",
                        "１．",
                        "十一、",
                        "九千九百九十九、",
                        "(999)",
                        "999.",
                        "其他需要报告的情况"),
                ReportArbitraries.words(1, 6),
                ReportArbitraries.words(1, 6),
                ReportArbitraries.sentence(),
                anyChars ? Arbitraries.strings().ofMaxLength(2) : ReportArbitraries.sentence());
        return token.list().ofMaxSize(200).map(l -> String.join("", l));
    }

    /** Lines that start like headings, dates, header lines or body text, in any order. */
    Arbitrary<String> reportLikeLines() {
        Arbitrary<String> start = Arbitraries.of(
                "",
                "",
                "一、",
                "二、",
                "（一）",
                "（二）",
                "(三)",
                "1.",
                "2、",
                "（1）",
                "(2)",
                "、",
                "\u3000\u3000",
                "2021年",
                "关于",
                "其他需要报告的情况",
                "存在的问题",
                "主要负责人履行第一责任人职责",
                "2022年工作安排",
                "签发人：");
        Arbitrary<String> line = Combinators.combine(
                        start, reportLikeText(false).map(t -> t.length() > 40 ? t.substring(0, 40) : t))
                .as(String::concat);
        return line.list().ofMaxSize(40).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(2000), reportLikeText(), reportLikeLines());
    }

    @Property(tries = 1000)
    void arbitraryTextReadsOrFailsWithTheReadersOwnException(@ForAll("anyText") String text) {
        AnnualReport report;
        try {
            report = READER.read(text, "any.txt");
            Statistics.label("outcome").collect(report.sections().isEmpty() ? "read" : "read with sections");
        } catch (ReportReadException e) {
            Statistics.label("outcome").collect("error");
            assertThat(e.source()).isEqualTo("any.txt");
            assertThat(e.problem()).isNotBlank();
            return;
        }
        // Nothing is lost: writing the report back gives the input modulo whitespace.
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        assertThat(PlainTextReaderTest.withoutWhitespace(
                        PlainTextWriter.standard().write(report)))
                .isEqualTo(PlainTextReaderTest.withoutWhitespace(input));
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<Charset> charset = Arbitraries.of(
                StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16, Charset.forName("GB18030"));
        Arbitrary<byte[]> encoded =
                Combinators.combine(reportLikeText(), charset).as((t, c) -> t.getBytes(c));
        Arbitrary<byte[]> bom = Arbitraries.of(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xFE, (byte) 0xFF},
                new byte[] {'P', 'K', 3, 4},
                new byte[0]);
        Arbitrary<byte[]> mutated = Combinators.combine(
                        bom, encoded, Arbitraries.integers().between(0, 3000), Arbitraries.bytes())
                .as((prefix, body, at, value) -> {
                    byte[] out = new byte[prefix.length + body.length];
                    System.arraycopy(prefix, 0, out, 0, prefix.length);
                    System.arraycopy(body, 0, out, prefix.length, body.length);
                    if (out.length > 0 && at % 2 == 0) {
                        out[at % out.length] = value;
                    }
                    return out;
                });
        return Arbitraries.frequencyOf(Tuple.of(1, random), Tuple.of(1, encoded), Tuple.of(2, mutated));
    }

    @Property(tries = 1000)
    void arbitraryBytesReadOrFailWithTheReadersOwnException(@ForAll("anyBytes") byte[] bytes) {
        try {
            AnnualReport report = READER.read(bytes, "any.bin");
            Statistics.label("outcome").collect("read");
            assertThat(report.walk()).isNotEmpty();
        } catch (ReportReadException e) {
            Statistics.label("outcome").collect(e.byteOffset().isPresent() ? "error at a byte" : "error");
            assertThat(e.source()).isEqualTo("any.bin");
            assertThat(e.problem()).isNotBlank();
            if (e.byteOffset().isPresent()) {
                assertThat(e.byteOffset().getAsLong()).isBetween(0L, (long) bytes.length);
            }
        }
    }

    @Property(tries = 200)
    void utf8AndGb18030ReadIdentically(@ForAll("reports") AnnualReport built) {
        String text = PlainTextWriter.standard().write(built);
        AnnualReport utf8 = READER.read(text.getBytes(StandardCharsets.UTF_8), "r.txt");
        assertThat(READER.read(text.getBytes(Charset.forName("GB18030")), "r.txt"))
                .isEqualTo(utf8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        assertThat(READER.read(withBom, "r.txt")).isEqualTo(utf8);
        assertThat(READER.read(text.getBytes(StandardCharsets.UTF_16), "r.txt")).isEqualTo(utf8);
    }
}
