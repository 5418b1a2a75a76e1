package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.PlainTextReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixes the body and formulation rules suggest, applied: each variant's one finding names what it found
 * and what belongs there ({@code found}, {@code expected} in its detail); writing that in and validating again
 * leaves no finding at all.
 */
class BodyFixesTest {

    private static final Path VARIANTS = Path.of(System.getProperty("basedir", "."))
            .resolve("src/test/resources/io/github/fazhi/validation/variants");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "15-plan-year-stale",
                "26-document-number-malformed",
                "27-year-range-malformed",
                "31-register-huibao",
                "33-formulation-wrong-form",
                "34-formulation-wrong-outline-years"
            })
    void applyingTheFixLeavesNoFinding(String variant) throws IOException {
        String text = Files.readString(VARIANTS.resolve(variant + ".txt"), StandardCharsets.UTF_8);
        List<Finding> before = Samples.NATIONAL
                .validate(PlainTextReader.standard().read(text, variant))
                .findings();
        assertThat(before).hasSize(1);
        Finding f = before.get(0);
        String found = f.detail().get("found").toString();
        String expected = f.detail().get("expected").toString();
        assertThat(f.suggestedFix()).hasValueSatisfying(fix -> assertThat(fix).contains(expected));
        // plan-year-stale names years; the others name the text itself
        String fixed = f.ruleId().equals("plan-year-stale")
                ? text.replace(found + "年，", expected + "年，")
                : text.replace(found, expected);
        assertThat(fixed).isNotEqualTo(text);

        assertThat(Samples.NATIONAL
                        .validate(PlainTextReader.standard().read(fixed, variant))
                        .findings())
                .isEmpty();
    }
}
