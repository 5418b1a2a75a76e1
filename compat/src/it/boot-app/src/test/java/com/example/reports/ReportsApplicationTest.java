package com.example.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The app started on a random port: a report uploaded over HTTP is read, validated and written as JSON,
 * SARIF, fazhi's JSON, HTML and DOCX, and the app's own {@code @NotBlank} still gives one violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsApplicationTest {

    private static final Pattern RULE_ID = Pattern.compile("\"ruleId\" : \"([a-z-]+)\"");

    @Value("${local.server.port}")
    int port;

    @Autowired
    Validator validator;

    private final HttpClient http = HttpClient.newHttpClient();

    static byte[] report() throws IOException {
        try (InputStream in = ReportsApplicationTest.class.getResourceAsStream("/qinghe-scjgj-2025.txt")) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<byte[]> post(String path, byte[] body, String contentType) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String postText(String path, byte[] body) throws Exception {
        HttpResponse<byte[]> r = post(path, body, "application/octet-stream");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static List<String> ruleIds(String json) {
        Matcher m = RULE_ID.matcher(json);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void findingsComeAsJson() throws Exception {
        String json = postText("/reports/findings?name=qinghe.txt", report());
        assertThat(json).contains("\"schemaVersion\" : \"1.2\"", "\"source\" : \"qinghe.txt\"");
        assertThat(ruleIds(json)).containsExactly("part-missing", "numbering-gap");
        assertThat(json).contains("\"line\" : 7").contains("（二）");
    }

    @Test
    void findingsComeAsSarif() throws Exception {
        String sarif = postText("/reports/sarif?name=qinghe.txt", report());
        assertThat(sarif).contains("\"version\" : \"2.1.0\"", "\"uri\" : \"qinghe.txt\"", "\"startLine\" : 7");
        assertThat(sarif).contains("\"ruleId\" : \"numbering-gap\"");
    }

    @Test
    void theReportComesAsFazhisJson() throws Exception {
        String json = postText("/reports/json?name=qinghe.txt", report());
        assertThat(json)
                .startsWith("{\n  \"schemaVersion\" : \"1.0\",\n  \"title\" : \"清河区市场监督管理局2025年法治政府建设年度报告\"")
                .contains("\"printedNumber\" : \"（三）\"");
    }

    @Test
    void theReportComesAsHtml() throws Exception {
        HttpResponse<byte[]> r = post("/reports/render/html?name=qinghe.txt", report(), "application/octet-stream");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("lang=\"zh-CN\"", "清河区市场监督管理局2025年法治政府建设年度报告", "严格规范行政执法");
    }

    @Test
    void theReportComesAsDocxThatReadsBackWithTheSameFindings() throws Exception {
        HttpResponse<byte[]> r = post("/reports/render/docx?name=qinghe.txt", report(), "application/octet-stream");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        byte[] docx = r.body();
        assertThat(new String(docx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        String again = postText("/reports/findings?name=qinghe.docx", docx);
        assertThat(ruleIds(again)).containsExactly("part-missing", "numbering-gap");
    }

    @Test
    void anUnreadableUploadGetsTheReadersMessage() throws Exception {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<byte[]> r = post("/reports/findings?name=scan.pdf", pdf, "application/octet-stream");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).startsWith("scan.pdf: ");
    }

    private HttpResponse<byte[]> postIn(String language, String path, byte[] body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/octet-stream")
                        .header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theStartersValidatorAnswersInTheRequestsLanguage() throws Exception {
        String en = new String(postIn("en-GB,en;q=0.8", "/starter/findings?name=qinghe.txt", report()).body(), StandardCharsets.UTF_8);
        String zh = new String(postIn("zh-CN", "/starter/findings?name=qinghe.txt", report()).body(), StandardCharsets.UTF_8);
        assertThat(ruleIds(en)).isEqualTo(ruleIds(zh)).containsExactly("part-missing", "numbering-gap");
        assertThat(en).contains("\"locale\" : \"en\"").doesNotContain("序号不连续");
        assertThat(zh).contains("\"locale\" : \"zh-CN\"", "序号不连续");
    }

    @Test
    void theStartersReadersKeepToFazhiReadMaxInputSize() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<byte[]> r = postIn("zh-CN", "/starter/findings?name=big.txt", big);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("big.txt: 输入超过 1048576 字节的上限，不像一份年度报告");
    }

    @Test
    void theStartersRenderersRenderEveryFormatOnTheClassPath() throws Exception {
        HttpResponse<byte[]> docx = postIn("zh-CN", "/starter/render/docx?name=qinghe.txt", report());
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        HttpResponse<byte[]> md = postIn("zh-CN", "/starter/render/markdown?name=qinghe.txt", report());
        assertThat(new String(md.body(), StandardCharsets.UTF_8)).contains("# 清河区市场监督管理局2025年法治政府建设年度报告");
    }

    @Test
    void theAppsOwnNotBlankStillGivesOneViolation() throws Exception {
        HttpResponse<byte[]> blank = post("/people", "{\"name\": \" \"}".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(new String(blank.body(), StandardCharsets.UTF_8)).isEqualTo("violations: 1 [name NotBlank]");
        HttpResponse<byte[]> named = post("/people", "{\"name\": \"王某某\"}".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(named.statusCode()).isEqualTo(200);

        assertThat(validator.validate(new PeopleController.Person(" "))).hasSize(1);
        assertThat(validator.validate(new PeopleController.Person("王某某"))).isEmpty();
    }

    @Test
    void theAppRunsOnItsBootsVersionsNotFazhis() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/reports/versions"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body())
                .contains("\"hibernate-validator\":\"" + System.getProperty("expect.hibernate-validator"))
                .contains("\"jackson-core\":\"" + System.getProperty("expect.jackson-core"))
                .contains("\"spring-boot\":\"" + System.getProperty("expect.spring-boot"));
    }
}
