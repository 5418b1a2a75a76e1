package io.github.fazhi.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.core.testing.ReportShape;
import io.github.fazhi.core.testing.SameReport;
import io.github.fazhi.paged.Fonts;
import io.github.fazhi.paged.SampleReports;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.text.TextRenderer;
import io.github.fazhi.validation.ReportValidator;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What fazhi writes as OFD, fazhi reads back: the same structure, the same text and the same findings as
 * the report written as plain text and read again, with page numbers kept as furniture and nothing else.
 */
class OwnOfdReadsBackTest {

    private static final ReportValidator VALIDATOR = ReportValidator.national();

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("qinghe-justice", SampleReports.qingheJustice()),
                Arguments.of("qinghe-government", SampleReports.qingheGovernment()),
                Arguments.of("long", SampleReports.longReport()));
    }

    static List<String> findings(AnnualReport r) {
        return VALIDATOR.validate(r).findings().stream()
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.elementId())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void readsBackAsItsText(String name, AnnualReport report) throws Exception {
        Fonts.assumeInstalled(LayoutProfile.gbt9704());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfdRenderer.standard().render(report, out);
        byte[] ofd = out.toByteArray();
        Path dir = Files.createDirectories(Path.of("target", "own-ofd"));
        Files.write(dir.resolve(name + ".ofd"), ofd);

        AnnualReport fromOfd = Readers.read(ofd, name + ".ofd", ReadOptions.defaults());
        String text = TextRenderer.builder().build().renderToString(report);
        AnnualReport fromText = PlainTextReader.standard().read(text, name + ".txt");

        assertThat(ReportShape.of(fromOfd)).as(name).isEqualTo(ReportShape.of(fromText));
        assertThat(SameReport.comparable(fromOfd)).as(name).isEqualTo(SameReport.comparable(fromText));
        assertThat(findings(fromOfd)).as(name).isEqualTo(findings(fromText));
        assertThat(SameReport.furniture(fromOfd))
                .as("only page numbers are furniture")
                .isNotEmpty()
                .allMatch(line -> line.strip().matches("—\\s*\\d+\\s*—"), "a page number like — 1 —");
    }
}
