package com.example.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Uploads past the bounds, in a real Tomcat (MockMvc enforces no multipart limit): past Spring's multipart
 * limit the form says how large a file may be; past fazhi's reader limit (here smaller) the reader says so.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.servlet.multipart.max-file-size=64KB",
            "spring.servlet.multipart.max-request-size=80KB",
            "fazhi.read.max-input-size=8KB"
        })
@AutoConfigureMockMvc
class UploadLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private HttpResponse<String> post(String name, byte[] content, String language) throws Exception {
        String boundary = "----fazhi" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/reviews"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'a');
        return b;
    }

    @Test
    void pastTheMultipartLimitTheFormSaysHowLargeAFileMayBe() throws Exception {
        HttpResponse<String> r = post("large.txt", bytes(200 * 1024), "zh-CN");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body())
                .contains("文件过大：上传的文件不得超过 8 KB。", "id=\"upload-form\"")
                .doesNotContain("Exception");

        HttpResponse<String> en = post("large.txt", bytes(200 * 1024), "en");
        assertThat(en.statusCode()).isEqualTo(413);
        assertThat(en.body()).contains("The file is too large: uploads may be at most 8 KB.");
    }

    @Test
    void pastTheReadersLimitTheReaderSaysSo() throws Exception {
        HttpResponse<String> r = post("big.txt", bytes(20 * 1024), "zh-CN");
        assertThat(r.statusCode()).isEqualTo(422);
        String detail = ReviewControllerTest.detail(r.body());
        assertThat(detail).contains("big.txt").containsPattern("8192|8 KB|8KB");
        // and the same through MockMvc, in English
        String en = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/reviews")
                                .file(new MockMultipartFile("file", "big.txt", null, bytes(20 * 1024)))
                                .header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(ReviewControllerTest.detail(en)).contains("big.txt").doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void theStartPageStatesTheSmallerOfTheTwoLimits() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.body()).contains("文件大小上限：8 KB", "data-limit=\"8192\"");
    }
}
