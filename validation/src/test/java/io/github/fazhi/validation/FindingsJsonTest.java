package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FindingsJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void oneReportHasItsSummaryAndFindings() {
        AnnualReport report = Samples.clean().withTitle(Optional.empty()).withSignOff(Optional.empty());
        ValidationReport result = Samples.NATIONAL.validate(report, "qinghe.txt");

        JsonNode root = JSON.readTree(result.toJson());

        assertThat(root.get("schemaVersion").asString()).isEqualTo(FindingsJson.SCHEMA_VERSION);
        assertThat(root.get("tool").get("name").asString()).isEqualTo("fazhi");
        assertThat(root.get("profile").asString()).isEqualTo("national");
        assertThat(root.get("locale").asString()).isEqualTo("zh-CN");
        assertThat(root.get("source").asString()).isEqualTo("qinghe.txt");
        assertThat(root.get("summary").get("error").asInt()).isEqualTo(1);
        assertThat(root.get("summary").get("info").asInt()).isEqualTo(1);
        JsonNode first = root.get("findings").get(0);
        assertThat(first.get("ruleId").asString()).isEqualTo("title-missing");
        assertThat(first.get("severity").asString()).isEqualTo("error");
        assertThat(first.get("message").asString()).isEqualTo("报告没有标题");
        assertThat(first.get("elementId").asString()).isEqualTo("report");
        assertThat(first.has("span")).isFalse();
        assertThat(first.get("suggestedFix").asString()).contains("清河市清河区司法局2024年法治政府建设年度报告");
        assertThat(root.get("findings").get(1).get("detail").get("reason").asString())
                .isEqualTo("absent");
    }

    @Test
    void manyReportsGoUnderFiles() {
        String json = FindingsJson.write(List.of(
                new ValidatedFile("a.txt", Samples.NATIONAL.validate(Samples.clean())),
                new ValidatedFile(
                        "b.txt", Samples.NATIONAL.validate(Samples.clean().withTitle(Optional.empty())))));

        JsonNode files = JSON.readTree(json).get("files");

        assertThat(files.size()).isEqualTo(2);
        assertThat(files.get(0).get("uri").asString()).isEqualTo("a.txt");
        assertThat(files.get(0).get("findings").size()).isZero();
        assertThat(files.get(1).get("findings").get(0).get("ruleId").asString()).isEqualTo("title-missing");
    }
}
