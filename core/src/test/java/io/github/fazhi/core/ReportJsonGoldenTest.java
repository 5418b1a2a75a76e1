package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON form byte for byte: reports built and read from text are written as the golden files in
 * {@code src/test/resources/golden/json/} say, and {@code everything.json} (every field, paged spans, and
 * text that needs escaping) reads and writes back to itself.
 *
 * <p>After an intended change of output, regenerate and review the diff:
 *
 * <pre>
 * ./mvnw -B -q -pl core test -Dtest=ReportJsonGoldenTest -Dfazhi.updateGoldens=true
 * git diff core/src/test/resources/golden
 * </pre>
 */
class ReportJsonGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("fazhi.updateGoldens");

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("sample-built.json", (Supplier<AnnualReport>) BuiltSample::report),
                Arguments.of(
                        "qinghe-sifaju-2024.json", (Supplier<AnnualReport>) () -> fromText("qinghe-sifaju-2024.txt")),
                Arguments.of("qinghe-zhengfu-2023.json", (Supplier<AnnualReport>)
                        () -> fromText("qinghe-zhengfu-2023.txt")));
    }

    private static AnnualReport fromText(String name) {
        return PlainTextReader.standard().read(PlainTextReaderTest.fixture(name), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void writesTheGoldenFile(String name, Supplier<AnnualReport> report) throws IOException {
        String actual = ReportJson.write(report.get());
        if (UPDATE) {
            update(name, actual);
        }
        String golden = UPDATE ? actual : golden(name);
        assertThat(actual).isEqualTo(golden);
        assertThat(ReportJson.read(golden, name)).isEqualTo(report.get());
    }

    @Test
    void everyFieldAndEveryEscapeReadsAndWritesBackToItself() throws IOException {
        String golden = golden("everything.json");
        String actual = ReportJson.write(ReportJson.read(golden, "everything.json"));
        if (UPDATE) {
            update("everything.json", actual);
            golden = actual;
        }
        assertThat(actual).isEqualTo(golden);
        AnnualReport report = ReportJson.read(golden, "everything.json");
        assertThat(report.metadata().issuers()).hasSize(2);
        assertThat(report.header()).hasSize(3);
        assertThat(report.trailing()).hasSize(2);
        assertThat(report.preamble().get(0).text()).contains("\u0001", "\u2028", "\\", "\"", "😀");
        assertThat(golden).contains("\"page\" : 2").contains("\\u0001").contains("😀");
    }

    @Test
    void runsOnTheJacksonCoreItWasMeantFor() {
        String expected = System.getProperty("fazhi.expected.jackson-core", "");
        assumeTrue(!expected.isEmpty(), "run outside the build's jackson-core-3.0 execution");
        assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
    }

    private static void update(String name, String actual) throws IOException {
        Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden/json", name);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
    }

    static String golden(String name) throws IOException {
        try (InputStream in = ReportJsonGoldenTest.class.getResourceAsStream("/golden/json/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
