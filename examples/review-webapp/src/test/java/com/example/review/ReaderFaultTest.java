package com.example.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.fazhi.spring.ReportReaders;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fault inside a reader (not a ReportReadException) still gives the official a message, not a 500; the
 * app logs it for the operator. And fazhi itself logs nothing while a report is reviewed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ReaderFaultTest {

    /** A log line of Spring Boot's console format whose logger is one of fazhi's packages. */
    private static final Pattern FAZHI_LOGGER = Pattern.compile("\\] (io\\.github\\.fazhi|i\\.g\\.f)[\\w.$]*\\s+:");

    @Autowired
    MockMvc mvc;

    @MockitoSpyBean
    ReportReaders readers;

    @Test
    void aFaultInAReaderIsAMessageNotA500(CapturedOutput output) throws Exception {
        doThrow(new IllegalStateException("a bug")).when(readers).read(any(byte[].class), eq("faulty.txt"));
        String page = mvc.perform(
                        multipart("/reviews").file(new MockMultipartFile("file", "faulty.txt", null, Samples.text())))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("读取该文件时出错").doesNotContain("a bug", "IllegalStateException");
        assertThat(output.getOut()).contains("reading faulty.txt failed", "java.lang.IllegalStateException: a bug");
    }

    @Test
    void fazhiLogsNothingWhileAReportIsReviewed(CapturedOutput output) throws Exception {
        for (MockMultipartFile file : new MockMultipartFile[] {
            new MockMultipartFile("file", Samples.TEXT_NAME, null, Samples.text()),
            new MockMultipartFile("file", "report.docx", null, Samples.docx()),
            new MockMultipartFile("file", "scan.png", null, Samples.png())
        }) {
            String location = mvc.perform(multipart("/reviews").file(file))
                    .andReturn()
                    .getResponse()
                    .getHeader("Location");
            if (location != null) {
                for (String url : new String[] {"", "/findings.sarif", "/findings.json", "/report.docx"}) {
                    mvc.perform(get(location + url)).andExpect(status().isOk());
                }
            }
        }
        assertThat(output.getAll()).doesNotContainPattern(FAZHI_LOGGER);
        assertThat(FAZHI_LOGGER
                        .matcher("2026-12-02T00:58:16Z  INFO 1 --- [fazhi-review] [main] i.g.f.core.read.Readers : x")
                        .find())
                .as("the pattern finds a line of fazhi's")
                .isTrue();
    }
}
