package io.github.fazhi.paged;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.core.testing.ReportShape;
import io.github.fazhi.core.testing.SameReport;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.text.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What fazhi writes as PDF or OFD, fazhi reads back: the same structure, text and findings as the report
 * written as plain text and read again, with page numbers kept as furniture and nothing else.
 */
public final class ReadsBack {

    private ReadsBack() {}

    /** The reports a paged renderer's read-back test renders, by name. */
    public static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("qinghe-justice", SampleReports.qingheJustice()),
                Arguments.of("qinghe-government", SampleReports.qingheGovernment()),
                Arguments.of("long", SampleReports.longReport()));
    }

    /**
     * Renders {@code report} with {@code renderer} (a copy goes to {@code target/own-<extension>/}), reads it
     * back through {@link Readers} and compares it with its text read back; {@code findings} names a report's
     * findings.
     */
    public static void asItsText(
            PagedRenderer renderer,
            String extension,
            String name,
            AnnualReport report,
            Function<AnnualReport, List<String>> findings)
            throws Exception {
        Fonts.assumeInstalled(LayoutProfile.gbt9704());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, out);
        byte[] bytes = out.toByteArray();
        Path dir = Files.createDirectories(Path.of("target", "own-" + extension));
        Files.write(dir.resolve(name + "." + extension), bytes);

        AnnualReport read = Readers.read(bytes, name + "." + extension, ReadOptions.defaults());
        String text = TextRenderer.builder().build().renderToString(report);
        AnnualReport fromText = PlainTextReader.standard().read(text, name + ".txt");

        assertThat(ReportShape.of(read)).as(name).isEqualTo(ReportShape.of(fromText));
        assertThat(SameReport.comparable(read)).as(name).isEqualTo(SameReport.comparable(fromText));
        assertThat(findings.apply(read)).as(name).isEqualTo(findings.apply(fromText));
        assertThat(SameReport.furniture(read))
                .as("only page numbers are furniture")
                .isNotEmpty()
                .allMatch(line -> line.strip().matches("—\\s*\\d+\\s*—"), "a page number like — 1 —");
    }
}
