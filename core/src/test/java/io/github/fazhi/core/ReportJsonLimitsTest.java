package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the JSON reader refuses, in plain words at the place: versions newer than it knows, input past its
 * bounds, a field given twice, content after the report. Needs jackson-core alone (the build runs it on
 * the oldest jackson-core 3.0 as well).
 */
class ReportJsonLimitsTest {

    @Test
    void refusesANewerMinorVersionRatherThanDropWhatItAdds() {
        String newer = ReportJson.write(BuiltSample.report())
                .replace("\"schemaVersion\" : \"1.0\"", "\"schemaVersion\" : \"1.9\"");
        assertThatThrownBy(() -> ReportJson.read(newer, "newer.json", Locale.ENGLISH))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("newer.json: $.schemaVersion: unsupported schema version 1.9: it is newer than this fazhi"
                        + " reads (up to 1.0), and reading it would drop what it adds; read it with a newer fazhi");
    }

    @Test
    void deepNestingIsRefusedInPlainWordsAtItsPlace() {
        // the prefix is 37 characters and the root object level 1: the 64th '[' (level 65) is column 101
        String deep = "{\"schemaVersion\": \"1.0\", \"sections\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> ReportJson.read(deep, "deep.json", Locale.ENGLISH))
                .isInstanceOfSatisfying(ReportReadException.class, e -> {
                    assertThat(e.getMessage())
                            .startsWith("deep.json: line 1, column 101: JSON nested more than 64 levels deep")
                            .doesNotContain("StreamReadConstraints")
                            .doesNotContain("Constraint");
                    assertThat(e.span())
                            .hasValueSatisfying(s -> assertThat(s.column()).isEqualTo(101));
                });
    }

    @Test
    void aMillionDigitNumberIsRefusedInPlainWordsAtItsPlace() {
        String huge =
                "{\"schemaVersion\": \"1.0\",\n  \"reportingYear\": " + "9".repeat(1_000_000) + ", \"sections\": []}";
        assertThatThrownBy(() -> ReportJson.read(huge, "huge.json", Locale.ENGLISH))
                .isInstanceOfSatisfying(ReportReadException.class, e -> {
                    assertThat(e.getMessage())
                            .startsWith("huge.json: line 2, column 20: a number longer than 1000 characters")
                            .doesNotContain("Number value length")
                            .doesNotContain("StreamReadConstraints");
                    assertThat(e.span())
                            .hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(2));
                });
    }

    @Test
    void anOverlongStringIsRefusedInPlainWordsAtItsPlaceEvenWhenItHoldsDigits() {
        String huge = "{\"schemaVersion\": \"1.0\", \"sections\": [],\n \"title\": \"" + "9".repeat(20_000_001) + "\"}";
        assertThatThrownBy(() -> ReportJson.read(huge, "long.json", Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        ReportReadException.class,
                        e -> assertThat(e.getMessage())
                                .startsWith("long.json: line 2, column 11: a string longer than 20000000 characters")
                                .doesNotContain("StreamReadConstraints"));
    }

    @Test
    void aFieldGivenTwiceIsNamedWithItsPlace() {
        assertThatThrownBy(() -> ReportJson.read(
                        "{\"schemaVersion\":\"1.0\",\n\"sections\":[],\n\"sections\":[]}",
                        "twice.json",
                        Locale.ENGLISH))
                .hasMessage("twice.json: line 3, column 1: malformed JSON: the field \"sections\" is given twice");
    }

    @Test
    void contentAfterTheReportIsRefused() {
        assertThatThrownBy(() ->
                        ReportJson.read(ReportJson.write(BuiltSample.report()) + "{}", "two.json", Locale.ENGLISH))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("more content after the end of the report object");
    }
}
