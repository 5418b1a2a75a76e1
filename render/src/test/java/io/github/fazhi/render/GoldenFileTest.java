package io.github.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.render.html.HtmlRenderer;
import io.github.fazhi.render.markdown.MarkdownRenderer;
import io.github.fazhi.render.text.TextRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders {@link SampleReports#sample()} in every format and compares with the golden files in
 * {@code src/test/resources/golden/}.
 *
 * <p>After an intended change of output, regenerate the golden files and review the diff:
 *
 * <pre>
 * ./mvnw -B -q -pl render -am test -Dtest=GoldenFileTest -Dsurefire.failIfNoSpecifiedTests=false -Dfazhi.updateGoldens=true
 * git diff render/src/test/resources/golden
 * </pre>
 */
class GoldenFileTest {

    private static final boolean UPDATE = Boolean.getBoolean("fazhi.updateGoldens");

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("sample.txt", TextRenderer.builder().build()),
                Arguments.of(
                        "sample-indented.txt",
                        TextRenderer.builder().indent(true).blankLines(false).build()),
                Arguments.of("sample.md", MarkdownRenderer.builder().build()),
                Arguments.of("sample.html", HtmlRenderer.builder().build()),
                Arguments.of(
                        "sample-fragment.html",
                        HtmlRenderer.builder()
                                .fragment(true)
                                .tableOfContentsDepth(3)
                                .idPrefix("r1-")
                                .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void matchesTheGoldenFile(String name, TextReportRenderer renderer) throws IOException {
        AnnualReport report = SampleReports.sample();
        String actual = renderer.renderToString(report);
        if (UPDATE) {
            Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden", name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(actual);
        } else {
            assertThat(actual).isEqualTo(golden(name));
        }
        assertThat(new String(renderer.renderToBytes(report), StandardCharsets.UTF_8))
                .as("bytes are the UTF-8 encoding of the string")
                .isEqualTo(actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void textGoldensAreWhatCoresPlainTextWriterWrites(String name, TextReportRenderer renderer) {
        if (name.equals("sample.txt")) {
            assertThat(golden(name)).isEqualTo(PlainTextWriter.standard().write(SampleReports.sample()));
        } else if (name.equals("sample-indented.txt")) {
            assertThat(golden(name))
                    .isEqualTo(PlainTextWriter.builder()
                            .indent(true)
                            .blankLines(false)
                            .build()
                            .write(SampleReports.sample()));
        } else {
            assertThat(renderer.format().id()).isIn("markdown", "html");
        }
    }

    static String golden(String name) {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in)
                    .as(
                            "golden file %s is missing; generate it with -Dfazhi.updateGoldens=true (see the class javadoc)",
                            name)
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
