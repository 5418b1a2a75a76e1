package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON reader's errors are in Chinese unless English is asked for, like every reader's, and name the
 * source and the place (line and column, or the JSON path) in both languages.
 */
class ReportJsonLanguageTest {

    private static final String BROKEN = "{\n  \"schemaVersion\": \"1.0\",\n  \"sections\": [}\n";

    @TempDir
    Path dir;

    @Test
    void chineseByDefaultEnglishOnRequest() {
        assertThatThrownBy(() -> ReportJson.read("[]", "a.json")).hasMessage("a.json: $: 应为对象，实为数组");
        assertThatThrownBy(() -> ReportJson.read("[]", "a.json", Locale.ENGLISH))
                .hasMessage("a.json: $: expected an object, found an array");
        assertThatThrownBy(() -> ReportJson.read("[]", "a.json", Locale.SIMPLIFIED_CHINESE))
                .hasMessage("a.json: $: 应为对象，实为数组");
        // any other language: Chinese, never the JVM's default locale
        assertThatThrownBy(() -> ReportJson.read("[]", "a.json", Locale.GERMAN)).hasMessage("a.json: $: 应为对象，实为数组");
        assertThatThrownBy(() -> ReportJson.read("[]", "a.json", Locale.UK))
                .hasMessage("a.json: $: expected an object, found an array");
    }

    @Test
    void theTextAtFaultIsNamedByLineAndColumnInBothLanguages() {
        assertThatThrownBy(() -> ReportJson.read(BROKEN, "bad.json"))
                .isInstanceOfSatisfying(ReportReadException.class, e -> {
                    assertThat(e.getMessage()).startsWith("bad.json: line 3, column 16: JSON 格式错误：");
                    assertThat(e.span())
                            .hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(3));
                });
        assertThatThrownBy(() -> ReportJson.read(BROKEN, "bad.json", Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        ReportReadException.class,
                        e -> assertThat(e.getMessage()).startsWith("bad.json: line 3, column 16: malformed JSON: "));
        assertThatThrownBy(() -> ReportJson.read(
                        "{\"schemaVersion\":\"1.0\",\n\"sections\":[],\n\"sections\":[]}", "twice.json"))
                .hasMessage("twice.json: line 3, column 1: JSON 格式错误：字段“sections”出现了两次");
        String deep = "{\"schemaVersion\": \"1.0\", \"sections\": " + "[".repeat(100) + "]".repeat(100) + "}";
        assertThatThrownBy(() -> ReportJson.read(deep, "deep.json"))
                .hasMessageStartingWith("deep.json: line 1, column 101: JSON 嵌套超过 64 层");
    }

    @Test
    void schemaBreachesNameTheJsonPathInChinese() {
        String base = ReportJson.write(BuiltSample.report());
        assertThatThrownBy(() -> ReportJson.read("{\"sections\": []}", "a.json"))
                .hasMessage("a.json: $.schemaVersion: 缺少 schemaVersion：这不像 fazhi 的报告");
        assertThatThrownBy(() -> ReportJson.read("{\"schemaVersion\": \"9.0\", \"sections\": []}", "d.json"))
                .hasMessage("d.json: $.schemaVersion: 不支持的格式版本 9.0：此版本的 fazhi 读取主版本 1（1.0）");
        assertThatThrownBy(() -> ReportJson.read(
                        base.replace("\"reportingYear\" : 2025", "\"reportingYear\" : \"2025\""), "a.json"))
                .hasMessage("a.json: $.reportingYear: 应为整数，实为字符串");
        assertThatThrownBy(() ->
                        ReportJson.read(base.replace("\"reportingYear\" : 2025", "\"reportingYear\" : 1900"), "a.json"))
                .hasMessage("a.json: $.reportingYear: 应为 1949 到 2999，而不是 1900");
        assertThatThrownBy(() ->
                        ReportJson.read(base.replace("\"runIn\" : true", "\"runIn\" : true, \"colour\" : 1"), "a.json"))
                .hasMessageContaining(": 未知的字段 \"colour\"（可用：blocks, heading, ");
        assertThatThrownBy(() -> ReportJson.read("", "empty.json")).hasMessage("empty.json: 输入为空：应为一个 JSON 报告对象");
        assertThatThrownBy(() -> ReportJson.read(new byte[] {'{', (byte) 0xC3, '}'}, "x.json"))
                .hasMessage("x.json: JSON 必须是 UTF-8 编码：这些字节不是有效的 UTF-8");
        assertThatThrownBy(() -> ReportJson.read(new byte[] {'{', (byte) 0xC3, '}'}, "x.json", Locale.ENGLISH))
                .hasMessage("x.json: JSON must be UTF-8: the bytes are not valid UTF-8");
    }

    @Test
    void aFileIsNamedInErrorsInTheLanguageAskedFor() throws IOException {
        Path file = Files.writeString(dir.resolve("r.json"), "[]", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReportJson.read(file)).hasMessage(file + ": $: 应为对象，实为数组");
        assertThatThrownBy(() -> ReportJson.read(file, Locale.ENGLISH))
                .hasMessage(file + ": $: expected an object, found an array");
        Path good = Files.writeString(dir.resolve("good.json"), ReportJson.write(BuiltSample.report()));
        assertThat(ReportJson.read(good, Locale.ENGLISH)).isEqualTo(BuiltSample.report());
    }

    @Test
    void readersPassTheLocaleTheCallerAskedForToTheJsonReader() throws IOException {
        Path file = Files.writeString(dir.resolve("future.json"), "{\"schemaVersion\": \"9.0\", \"sections\": []}");
        assertThatThrownBy(() -> Readers.read(file, ReadOptions.defaults()))
                .hasMessage(file + ": $.schemaVersion: 不支持的格式版本 9.0：此版本的 fazhi 读取主版本 1（1.0）");
        assertThatThrownBy(() -> Readers.read(
                        file, ReadOptions.builder().locale(Locale.ENGLISH).build()))
                .hasMessage(file + ": $.schemaVersion: unsupported schema version 9.0: this fazhi reads major version 1"
                        + " (1.0)");
        byte[] bytes = Files.readAllBytes(file);
        assertThatThrownBy(() -> Readers.read(
                        bytes,
                        "b.json",
                        ReadOptions.builder().locale(Locale.ENGLISH).build()))
                .hasMessageStartingWith("b.json: $.schemaVersion: unsupported schema version 9.0");
    }
}
