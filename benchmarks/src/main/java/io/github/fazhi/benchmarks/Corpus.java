package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.testing.ReportGenerator;
import io.github.fazhi.core.testing.ReportGenerator.Defect;
import io.github.fazhi.core.testing.ReportGenerator.GeneratedReport;
import io.github.fazhi.render.markdown.MarkdownRenderer;

/**
 * The reports every benchmark measures: one generated report per size, the same in every run and on
 * every machine.
 *
 * <p>Each carries one to three typical defects (an unfilled placeholder, a skipped number, half-width
 * punctuation), so that the validators have findings to report, as they would on real input.
 *
 * <pre>{@code
 * AnnualReport report = Corpus.report(10_000);
 * String text = Corpus.text(report);
 * }</pre>
 */
public final class Corpus {

    /** The seed of every benchmark report. */
    public static final long SEED = 2025;

    private Corpus() {}

    /** The benchmark report of about {@code chineseCharacters} Chinese characters (within 5%). */
    public static GeneratedReport generated(int chineseCharacters) {
        ReportGenerator generator = new ReportGenerator(
                SEED,
                ReportGenerator.Options.defaults()
                        .withTargetSize(chineseCharacters)
                        .withDefectRate(1.0)
                        .withDefects(Defect.PLACEHOLDER, Defect.SKIPPED_NUMBER, Defect.HALF_WIDTH_PUNCTUATION));
        return generator.generated(0);
    }

    /** The report of {@link #generated(int)}. */
    public static AnnualReport report(int chineseCharacters) {
        return generated(chineseCharacters).report();
    }

    /** The report as plain text, as {@link PlainTextWriter#standard()} writes it. */
    public static String text(AnnualReport report) {
        return PlainTextWriter.standard().write(report);
    }

    /** The same content as Markdown, as fazhi's {@link MarkdownRenderer} writes it. */
    public static String markdown(AnnualReport report) {
        return MarkdownRenderer.builder().build().renderToString(report);
    }
}
