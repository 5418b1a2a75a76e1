package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SourceSpan;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        Path file = Path.of(System.getProperty("fazhi.shared", "../../shared"), "schemas", "sarif-2.1.0.json");
        if (Files.isRegularFile(file)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(Files.readString(file));
        }
    }

    private static void assertValid(String sarif) {
        assumeTrue(
                schema != null, "the SARIF 2.1.0 schema (shared/schemas/sarif-2.1.0.json) is not beside the project");
        List<Error> errors = schema.validate(sarif, InputFormat.JSON);
        assertThat(errors).as(sarif).isEmpty();
    }

    /** The clean sample with a numbering gap in part 1, its heading read at line 12. */
    private static AnnualReport withReadGap() {
        AnnualReport clean = Samples.clean();
        List<Section> parts = new ArrayList<>(clean.sections());
        Section gap = Section.builder()
                .number(new io.github.fazhi.core.Numbering(2, 2))
                .printedNumber("（二）")
                .heading("严格规范行政执法")
                .blocks(List.of(Paragraph.of("全年评查案卷80卷。")))
                .span(SourceSpan.ofLine(12, 1, 12)) // 12 code points: the label and the heading
                .build();
        parts.set(0, parts.get(0).withSubsections(List.of(gap)));
        return clean.withSections(parts).withSignOff(Optional.empty());
    }

    @Test
    void aReportWithFindingsIsValidSarifWithRulesResultsAndLocations() {
        ValidationReport result = Samples.NATIONAL.validate(withReadGap(), "reports/qinghe-2024.txt");
        String sarif = result.toSarif();

        assertValid(sarif);
        JsonNode run = JSON.readTree(sarif).get("runs").get(0);
        assertThat(JSON.readTree(sarif).get("version").asString()).isEqualTo("2.1.0");
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.size()).isEqualTo(Profile.national().rules().size());
        int gapIndex =
                Profile.national().rules().stream().map(Rule::id).toList().indexOf("numbering-gap");
        assertThat(rules.get(gapIndex).get("id").asString()).isEqualTo("numbering-gap");
        assertThat(rules.get(gapIndex).get("name").asString()).isEqualTo("NumberingGap");
        assertThat(rules.get(gapIndex).get("shortDescription").get("text").asString())
                .contains("序号");
        assertThat(rules.get(gapIndex).get("help").get("text").asString()).contains("heading number");
        assertThat(rules.get(gapIndex).get("defaultConfiguration").get("level").asString())
                .isEqualTo("error");

        JsonNode gap = null;
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asString().equals("numbering-gap")) {
                gap = r;
            }
        }
        assertThat(gap).isNotNull();
        assertThat(gap.get("level").asString()).isEqualTo("error");
        assertThat(gap.get("ruleIndex").asInt()).isEqualTo(gapIndex);
        assertThat(gap.get("message").get("text").asString()).contains("（一）");
        JsonNode location = gap.get("locations").get(0);
        assertThat(location.get("logicalLocations")
                        .get(0)
                        .get("fullyQualifiedName")
                        .asString())
                .isEqualTo("s1.s1");
        JsonNode physical = location.get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo("reports/qinghe-2024.txt");
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(12);
        assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(1);
        assertThat(gap.get("properties").get("suggestedFix").asString()).contains("（一）");
        assertThat(gap.get("properties").get("detail").get("missing").get(0).asString())
                .isEqualTo("（一）");

        List<String> levels = new ArrayList<>();
        run.get("results").forEach(r -> levels.add(r.get("level").asString()));
        assertThat(levels).contains("error", "note");
    }

    @Test
    void aReportWithoutSourceOrFindingsIsValidSarifToo() {
        assertValid(Samples.NATIONAL.validate(Samples.clean()).toSarif());
        assertValid(Samples.NATIONAL.validate(withReadGap()).toSarif());
        assertValid(Sarif.write(List.of()));
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() {
        assumeTrue(schema != null, "the SARIF 2.1.0 schema is not beside the project");
        String broken = Samples.NATIONAL
                .validate(Samples.clean().withTitle(Optional.empty()))
                .toSarif()
                .replace("\"level\" : \"error\"", "\"level\" : \"fatal\"");

        assertThat(broken).contains("fatal");
        assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void manyFilesGoIntoOneRunWithOneArtifactEach() {
        List<ValidatedFile> files = List.of(
                new ValidatedFile("a.txt", Samples.NATIONAL.validate(withReadGap())),
                new ValidatedFile(
                        "b.txt", Samples.NATIONAL.validate(Samples.clean().withTitle(Optional.empty()))),
                new ValidatedFile("c.txt", Samples.NATIONAL.validate(Samples.clean())));
        StringWriter out = new StringWriter();
        Sarif.write(files, out);

        assertValid(out.toString());
        JsonNode root = JSON.readTree(out.toString());
        assertThat(root.get("runs").size()).isEqualTo(1);
        JsonNode run = root.get("runs").get(0);
        assertThat(run.get("artifacts").size()).isEqualTo(3);
        assertThat(run.get("artifacts").get(1).get("location").get("uri").asString())
                .isEqualTo("b.txt");
        List<String> uris = new ArrayList<>();
        run.get("results")
                .forEach(r -> uris.add(r.get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString()));
        assertThat(uris).contains("a.txt", "b.txt").doesNotContain("c.txt");
        int expected =
                files.stream().mapToInt(f -> f.report().findings().size()).sum();
        assertThat(run.get("results").size()).isEqualTo(expected);
    }

    @Test
    void aRepeatedDefectIsOneResultWithItsOtherPlacesAsRelatedLocations() {
        String text = """
                清河市清河区司法局2024年法治政府建设年度报告

                一、2024年推进法治政府建设的主要举措和成效
                (一)健全依法决策机制
                全年审核重大行政决策事项6件。
                (二)严格规范行政执法
                开展行政执法案卷评查2次。
                (三)强化行政执法监督
                开展执法检查3次。
                """;
        ValidationReport result = Samples.NATIONAL.validate(
                io.github.fazhi.core.PlainTextReader.standard().read(text, "r.txt"), "r.txt");
        assertThat(result.findings("numbering-style")).singleElement().satisfies(f -> {
            assertThat(f.placeCount()).isEqualTo(3);
            assertThat(f.relatedLocations())
                    .extracting(l -> l.span().orElseThrow().line())
                    .containsExactly(6, 8);
        });
        String sarif = result.toSarif();
        assertValid(sarif);
        JsonNode style = null;
        for (JsonNode r : JSON.readTree(sarif).get("runs").get(0).get("results")) {
            if (r.get("ruleId").asString().equals("numbering-style")) {
                style = r;
            }
        }
        assertThat(style).isNotNull();
        assertThat(style.get("relatedLocations").size()).isEqualTo(2);
        assertThat(style.get("relatedLocations")
                        .get(1)
                        .get("physicalLocation")
                        .get("region")
                        .get("startLine")
                        .asInt())
                .isEqualTo(8);
        String json = FindingsJson.write(result);
        assertThat(json).contains("\"relatedLocations\"");
    }
}
