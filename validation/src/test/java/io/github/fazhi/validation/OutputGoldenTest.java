package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.validation.internal.OutputWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The findings JSON and SARIF byte for byte, as the golden files in {@code src/test/resources/golden/}
 * say (the library's version is written there as {@code @VERSION@}). The reports cover every rule's
 * detail types: a read report with many findings and spans, in Chinese and English, and a profile's own
 * rule whose detail holds a long, a double, a boolean, a list and text that needs escaping.
 *
 * <p>After an intended change of output, regenerate and review the diff:
 *
 * <pre>
 * ./mvnw -B -q -pl validation -am test -Dtest=OutputGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dfazhi.updateGoldens=true
 * git diff validation/src/test/resources/golden
 * </pre>
 */
class OutputGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("fazhi.updateGoldens");

    private static final Rule DETAILED = Rule.builder("detail-kinds")
            .defaultSeverity(Severity.INFO)
            .category(RuleCategory.STYLE)
            .description(Locale.CHINESE, "各类明细")
            .description(Locale.ENGLISH, "Every kind of detail")
            .message(Locale.CHINESE, "明细“{text}”")
            .message(Locale.ENGLISH, "Detail \"{text}\"")
            .build();

    private static final ReportCheck DETAILED_CHECK = (report, context) -> context.atReport()
            .param("text", "\"引号\"\\${x}\t\u0001")
            .detail("long", 5_000_000_000L)
            .detail("double", 0.75)
            .detail("ratio", 1.0E-7)
            .detail("yes", true)
            .detail("list", List.of("（一）", 2))
            .detail("text", "</script>\u2028")
            .report();

    static Stream<Arguments> outputs() {
        ReportValidator en = ReportValidator.builder().locale(Locale.ENGLISH).build();
        ReportValidator detailed = ReportValidator.builder()
                .profile(Profile.extending(Profile.national())
                        .name("detailed")
                        .rule(DETAILED, DETAILED_CHECK)
                        .build())
                .build();
        Supplier<ValidationReport> defects = () -> Samples.NATIONAL.validate(defects(), "qinghe-2024-defects.txt");
        Supplier<List<ValidatedFile>> many = () -> List.of(
                new ValidatedFile("reports/qinghe-2024-defects.txt", en.validate(defects())),
                new ValidatedFile("reports/clean.txt", en.validate(Samples.clean())),
                new ValidatedFile("reports/detailed.txt", detailed.validate(Samples.clean())));
        return Stream.of(
                Arguments.of("findings-one.json", (Supplier<String>)
                        () -> defects.get().toJson()),
                Arguments.of("findings-no-source.json", (Supplier<String>)
                        () -> detailed.validate(Samples.clean()).toJson()),
                Arguments.of("findings-many-en.json", (Supplier<String>) () -> FindingsJson.write(many.get())),
                Arguments.of("findings-none.json", (Supplier<String>) () -> FindingsJson.write(List.of())),
                Arguments.of(
                        "one.sarif.json", (Supplier<String>) () -> defects.get().toSarif()),
                Arguments.of("many-en.sarif.json", (Supplier<String>) () -> Sarif.write(many.get())),
                Arguments.of("none.sarif.json", (Supplier<String>) () -> Sarif.write(List.of())));
    }

    static AnnualReport defects() {
        try (InputStream in = OutputGoldenTest.class.getResourceAsStream("qinghe-2024-defects.txt")) {
            return PlainTextReader.standard().read(in.readAllBytes(), "qinghe-2024-defects.txt");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void writesTheGoldenFile(String name, Supplier<String> output) throws IOException {
        String actual = output.get().replace("\"" + OutputWriter.version() + "\"", "\"@VERSION@\"");
        if (UPDATE) {
            Path file = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden", name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(UPDATE ? actual : golden(name));
    }

    @org.junit.jupiter.api.Test
    void runsOnTheJacksonCoreItWasMeantFor() {
        String expected = System.getProperty("fazhi.expected.jackson-core", "");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                !expected.isEmpty(), "run outside the build's jackson-core-3.0 execution");
        assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = OutputGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
