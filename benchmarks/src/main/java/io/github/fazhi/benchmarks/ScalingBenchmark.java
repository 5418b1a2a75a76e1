package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How reading and validating grow with the report (issue 17): a large generated report at 1×, 2×, 4× and
 * 8× its size. Cost linear in the input doubles with each step; the quadratic validation the issue found
 * (8,000 / 16,000 / 32,000 sections in 7.4 / 9.8 / 31 s) quadruples. Single-shot: one read or one validation
 * per measurement, since the largest takes seconds.
 *
 * <p>The report at 1× is {@value #BASE_SECTIONS} numbered sections of the shape the issue used
 * ({@code （3）依法行政第12段，推进法治政府建设。}), each followed by a paragraph, inside the five mandated
 * parts of the fictional 清河市清河区司法局's report ({@code nested}), or those lines alone, each a top-level
 * section ({@code flat}: at 8× the 32,000-section file exactly, the case its quadratic rule was found on).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ScalingBenchmark {

    /** Sections at 1×. */
    public static final int BASE_SECTIONS = 4_000;

    /** The multiple of the 1× report. */
    @Param({"1", "2", "4", "8"})
    public int scale;

    /**
     * {@code nested}: the sections under the first mandated part, each with a paragraph; {@code flat}: the
     * issue's file exactly, every line a top-level section of its own and nothing else.
     */
    @Param({"nested", "flat"})
    public String layout = "nested";

    String text;
    AnnualReport report;
    ReportValidator validator;

    /** The file: {@code scale} times {@link #BASE_SECTIONS} numbered lines, nothing else. */
    public static String flatText(int scale) {
        int n = BASE_SECTIONS * scale;
        StringBuilder b = new StringBuilder(n * 30);
        for (int i = 0; i < n; i++) {
            b.append('（').append(i % 9 + 1).append("）依法行政第").append(i).append("段，推进法治政府建设。\n");
        }
        return b.toString();
    }

    /** The report's text at {@code scale} times {@link #BASE_SECTIONS} sections. */
    public static String text(int scale) {
        int n = BASE_SECTIONS * scale;
        StringBuilder b = new StringBuilder(n * 60);
        b.append("清河市清河区司法局2025年法治政府建设年度报告\n");
        b.append("2025年，区司法局深入学习贯彻习近平法治思想，现将有关情况报告如下：\n");
        b.append("一、2025年推进法治政府建设的主要举措和成效\n");
        for (int i = 0; i < n; i++) {
            b.append('（').append(i % 9 + 1).append("）依法行政第").append(i).append("段，推进法治政府建设。\n");
            b.append("全年办理行政复议案件").append(i % 97).append("件，规范性文件全部经过合法性审查。\n");
        }
        b.append("二、2025年推进法治政府建设存在的不足和原因\n执法监督还有薄弱环节。\n");
        b.append("三、2025年党政主要负责人履行推进法治建设第一责任人职责情况\n");
        b.append("局主要负责人召开党组会议专题研究法治建设，带头尊法学法守法用法。\n");
        b.append("四、2026年推进法治政府建设的主要安排\n2026年，区司法局将继续推进依法行政。\n");
        b.append("清河市清河区司法局\n2026年1月20日\n");
        return b.toString();
    }

    @Setup(Level.Trial)
    public void setUp() {
        text = layout.equals("flat") ? flatText(scale) : text(scale);
        report = PlainTextReader.standard().read(text, "scaling.txt");
        validator = ReportValidator.builder().profile(Profile.national()).build();
    }

    /** Reading the text into the model. */
    @Benchmark
    public AnnualReport read() {
        return PlainTextReader.standard().read(text, "scaling.txt");
    }

    /** Validating the model read once in set-up, with every rule of the national profile. */
    @Benchmark
    public ValidationReport validate() {
        return validator.validate(report);
    }

    /** Reading and validating, as {@code fazhi check} does for one file. */
    @Benchmark
    public ValidationReport readAndValidate() {
        return validator.validate(PlainTextReader.standard().read(text, "scaling.txt"));
    }
}
