package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.fazhi.core.testing.ModelArbitraries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ReportJsonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportJson.schema());

    /** The built sample report of the JSON tests ({@link BuiltSample#report()}). */
    static AnnualReport sample() {
        return BuiltSample.report();
    }

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ModelArbitraries.reports();
    }

    @Property(tries = 1000)
    void roundTripGivesAnEqualReport(@ForAll("reports") AnnualReport report) {
        assertThat(ReportJson.read(ReportJson.write(report), "prop.json")).isEqualTo(report);
    }

    @Property(tries = 1000)
    void everyWrittenJsonValidatesAgainstTheShippedSchema(@ForAll("reports") AnnualReport report) {
        List<Error> errors = SCHEMA.validate(MAPPER.readTree(ReportJson.write(report)));
        assertThat(errors).isEmpty();
    }

    @Test
    void writesThePublicFieldNames() {
        JsonNode root = MAPPER.readTree(ReportJson.write(sample()));
        assertThat(root.get("schemaVersion").stringValue()).isEqualTo(ReportJson.SCHEMA_VERSION);
        assertThat(root.get("title").stringValue()).isEqualTo("清河市清河区司法局2025年法治政府建设年度报告");
        assertThat(root.get("reportingYear").intValue()).isEqualTo(2025);
        assertThat(root.get("issuer").stringValue()).isEqualTo("清河市清河区司法局");
        JsonNode first = root.get("sections").get(0);
        assertThat(first.get("kind").stringValue()).isEqualTo("MEASURES_AND_RESULTS");
        assertThat(first.get("heading").stringValue()).isEqualTo("2025年推进法治政府建设的主要举措和成效");
        assertThat(first.get("number").get("level").intValue()).isEqualTo(1);
        assertThat(first.get("sections").get(1).get("runIn").booleanValue()).isTrue();
        assertThat(first.get("sections").get(1).get("id").stringValue()).isEqualTo("s1.s2");
        assertThat(first.has("printedNumber")).isFalse();
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(file, "\uFEFF" + ReportJson.write(sample()), StandardCharsets.UTF_8);
        assertThat(ReportJson.read(file)).isEqualTo(sample());
    }

    @Test
    void refusesAnUnknownMajorVersion() {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ReportJson.write(sample()));
        root.put("schemaVersion", "2.0");
        assertThatThrownBy(() -> ReportJson.read(root.toString(), "future.json", Locale.ENGLISH))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("future.json: $.schemaVersion: unsupported schema version 2.0");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> ReportJson.read(
                        "{\n  \"schemaVersion\": \"1.0\",\n  \"sections\": [}\n", "bad.json", Locale.ENGLISH))
                .isInstanceOfSatisfying(ReportReadException.class, e -> {
                    assertThat(e.source()).isEqualTo("bad.json");
                    assertThat(e.span())
                            .hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(3));
                    assertThat(e.getMessage())
                            .startsWith("bad.json: line 3, column")
                            .contains("malformed JSON");
                });
    }

    @Test
    void schemaBreakingJsonNamesThePathAndBuildsNothing() {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ReportJson.write(sample()));
        ((ObjectNode) root.get("sections").get(0).get("sections").get(1).get("number")).put("level", 7);
        assertThat(SCHEMA.validate(root)).isNotEmpty();
        assertThatThrownBy(() -> ReportJson.read(root.toString(), "r.json", Locale.ENGLISH))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("r.json: $.sections[0].sections[1].number.level: must be 1 to 4, not 7");
    }

    @Test
    void otherSchemaBreaches() {
        String base = ReportJson.write(sample());
        assertThatThrownBy(() -> ReportJson.read("[]", "a.json", Locale.ENGLISH))
                .hasMessage("a.json: $: expected an object, found an array");
        assertThatThrownBy(() -> ReportJson.read("{\"sections\": []}", "a.json", Locale.ENGLISH))
                .hasMessageContaining("$.schemaVersion: missing schemaVersion");
        assertThatThrownBy(() -> ReportJson.read(
                        base.replace("\"MEASURES_AND_RESULTS\"", "\"MEASURES\""), "a.json", Locale.ENGLISH))
                .hasMessageContaining("$.sections[0].kind: unknown value \"MEASURES\"");
        assertThatThrownBy(() -> ReportJson.read(
                        base.replace("\"reportingYear\" : 2025", "\"reportingYear\" : \"2025\""),
                        "a.json",
                        Locale.ENGLISH))
                .hasMessageContaining("$.reportingYear: expected an integer, found a string");
        assertThatThrownBy(() -> ReportJson.read(
                        base.replace("\"runIn\" : true", "\"runIn\" : true, \"colour\" : 1"), "a.json", Locale.ENGLISH))
                .hasMessageContaining("unknown field \"colour\"");
        assertThatThrownBy(() -> ReportJson.read(
                        base.replace("\"date\" : \"2026-01-23\"", "\"date\" : \"2026-13-40\""),
                        "a.json",
                        Locale.ENGLISH))
                .hasMessageContaining("$.signOff.date: expected an ISO date");
        assertThatThrownBy(() -> ReportJson.read(
                        "{\"schemaVersion\":\"1.0\",\"sections\":[],\"sections\":[]}", "a.json", Locale.ENGLISH))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> ReportJson.read("", "empty.json", Locale.ENGLISH))
                .isInstanceOf(ReportReadException.class);
        assertThatThrownBy(() -> ReportJson.read(new byte[] {'{', (byte) 0xC3, '}'}, "x.json", Locale.ENGLISH))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void idsInJsonAreIgnoredOnReading() {
        String json = ReportJson.write(sample()).replace("\"s1.s2\"", "\"whatever\"");
        assertThat(ReportJson.read(json, "ids.json")
                        .sections()
                        .get(0)
                        .subsections()
                        .get(1)
                        .id())
                .isEqualTo("s1.s2");
    }
}
