package com.example.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Each page and download, and each way an upload can fail, through Spring MVC (no browser). */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewControllerTest {

    private static final Pattern FINDING = Pattern.compile("<li [^>]*class=\"rv-finding [^>]*>");
    private static final Pattern RULE = Pattern.compile("<code class=\"rv-rule\"[^>]*>([a-z-]+)</code>");

    @Autowired
    MockMvc mvc;

    private String upload(String name, byte[] content) throws Exception {
        MvcResult r = mvc.perform(multipart("/reviews").file(new MockMultipartFile("file", name, null, content)))
                .andExpect(status().isFound())
                .andExpect(header().string(HttpHeaders.LOCATION, startsWith("/reviews/")))
                .andReturn();
        return r.getResponse().getHeader(HttpHeaders.LOCATION);
    }

    private String page(String url, String language) throws Exception {
        return mvc.perform(get(url).header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The findings a review page lists: rule id, severity, target. */
    private static List<String[]> findings(String page) {
        List<String[]> out = new ArrayList<>();
        Matcher f = FINDING.matcher(page);
        Matcher r = RULE.matcher(page);
        while (f.find()) {
            String tag = f.group();
            assertThat(r.find(f.end())).as("a rule id after %s", tag).isTrue();
            // a finding about the whole report has no place: no data-target
            String target = tag.contains(" data-target=") ? attribute(tag, "data-target") : "";
            out.add(new String[] {r.group(1), attribute(tag, "data-severity"), target});
            assertThat(tag).contains("rv-sev-" + attribute(tag, "data-severity"));
        }
        return out;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(tag);
        assertThat(m.find()).as("%s in %s", name, tag).isTrue();
        return m.group(1);
    }

    @Test
    void theStartPageOffersEveryFormatWithAReaderAndStatesTheLimit() throws Exception {
        String page = page("/", "zh-CN");
        assertThat(page)
                .contains("<html lang=\"zh-CN\">", "上传报告", "文件大小上限：10 MB")
                .contains("accept=\".txt,.docx,.doc,.wps,.pdf,.ofd,.html,.htm,.json\"")
                .contains("<li>纯文本 .txt</li>", "<li>Word 文档（DOCX） .docx</li>", "<li>WPS 文字文档（.wps）</li>")
                .contains("<li>PDF 文件 .pdf</li>", "<li>OFD 版式文件 .ofd</li>", "<li>网页文件（HTML） .html .htm</li>");
        assertThat(Readers.formats()).containsExactly("doc", "docx", "html", "json", "ofd", "pdf", "text", "wps");
    }

    @Test
    void pagesAreInChineseUnlessTheRequestAsksForEnglish() throws Exception {
        assertThat(page("/", "en-US,en;q=0.9"))
                .contains("<html lang=\"en\">", "Upload a report", "Largest file: 10 MB");
        assertThat(page("/", "fr-FR")).contains("<html lang=\"zh-CN\">", "上传报告");
        String noHeader = mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noHeader).contains("上传报告");
    }

    @Test
    void anUploadedTextReportIsShownWithEachFindingLinkedToItsPlace() throws Exception {
        String review = upload(Samples.TEXT_NAME, Samples.text());
        String page = page(review, "zh-CN");

        List<String[]> findings = findings(page);
        assertThat(findings).hasSize(Samples.FINDINGS.length);
        for (int i = 0; i < findings.size(); i++) {
            assertThat(findings.get(i)).as("finding %d", i + 1).containsExactly(Samples.FINDINGS[i]);
            String target = findings.get(i)[2];
            if (!target.isEmpty()) {
                assertThat(page)
                        .as("the page has the element finding %d marks", i + 1)
                        .contains(" id=\"" + target + "\"");
            }
        }
        assertThat(page)
                .contains("文件：qinghe-yjglj-2025.txt（纯文本）", "共 5 条问题")
                .contains("<h1 id=\"r-title\" class=\"fz-title\">")
                .contains("序号不连续：“（三）”之前缺少（二）", "第 11 行")
                .contains("<a class=\"rv-message\" href=\"#r-s1.s2-h\"")
                .contains("<span class=\"rv-whole\">全文</span>")
                .contains("id=\"count-error\">3<", "id=\"count-warning\">1<", "id=\"count-info\">1<");
    }

    @Test
    void findingsFollowTheRequestsLocale() throws Exception {
        String review = upload(Samples.TEXT_NAME, Samples.text());
        String english = page(review, "en");
        assertThat(english).contains("<html lang=\"en\">", "File: qinghe-yjglj-2025.txt (plain text)", "line 11");
        assertThat(findings(english)).hasSize(Samples.FINDINGS.length);
        assertThat(english).doesNotContain("序号不连续");
    }

    @Test
    void theSeverityFilterListsOnlyTheSeveritiesAskedFor() throws Exception {
        String review = upload(Samples.TEXT_NAME, Samples.text());
        assertThat(findings(page(review + "?severity=error", "zh-CN")))
                .extracting(f -> f[0])
                .containsExactly("part-missing", "numbering-gap", "placeholder");
        assertThat(findings(page(review + "?severity=warning&severity=info", "zh-CN")))
                .extracting(f -> f[0])
                .containsExactly("halfwidth-punctuation", "enumeration-order");
        String errorsOnly = page(review + "?severity=error", "zh-CN");
        assertThat(errorsOnly)
                .contains("value=\"error\" id=\"show-error\" checked")
                .doesNotContain("value=\"info\" id=\"show-info\" checked")
                .contains("共 5 条问题"); // the summary still counts all
        // nothing known asked for: all
        assertThat(findings(page(review + "?severity=bogus", "zh-CN"))).hasSize(Samples.FINDINGS.length);
    }

    @Test
    void aDocxReportIsReadAndItsFindingsPlacedByParagraph() throws Exception {
        String review = upload("清河区应急管理局.docx", Samples.docx());
        String page = page(review, "zh-CN");
        assertThat(findings(page)).extracting(f -> f[0]).contains("numbering-gap", "placeholder", "enumeration-order");
        assertThat(page).contains("文件：清河区应急管理局.docx（Word 文档（DOCX））").containsPattern("第 \\d+ 段");
    }

    @Test
    void fazhisJsonAndAPublishedHtmlPageAreReadToo() throws Exception {
        byte[] json = io.github.fazhi.core.ReportJson.write(Samples.report()).getBytes(StandardCharsets.UTF_8);
        String fromJson = page(upload("report.json", json), "zh-CN");
        assertThat(fromJson).contains("（JSON 文件）");
        assertThat(findings(fromJson)).extracting(f -> f[0]).contains("numbering-gap", "placeholder");

        byte[] html = io.github.fazhi.render.Renderers.forFormat("html").renderToBytes(Samples.report());
        String fromHtml = page(upload("report.html", html), "zh-CN");
        assertThat(fromHtml).contains("（网页文件（HTML））");
        assertThat(findings(fromHtml)).extracting(f -> f[0]).contains("numbering-gap", "placeholder");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"pdf, PDF 文件", "ofd, OFD 版式文件"})
    void paginatedFormatsAreReadToo(String format, String name) throws Exception {
        byte[] content;
        try {
            content = io.github.fazhi.render.Renderers.forFormat(format).renderToBytes(Samples.report());
        } catch (RuntimeException e) {
            // fazhi's PDF and OFD renderers embed system fonts (.ci/run installs them) and refuse without
            org.junit.jupiter.api.Assumptions.abort("cannot write the sample as " + format + ": " + e.getMessage());
            return;
        }
        String page = page(upload("report." + format, content), "zh-CN");
        assertThat(page).contains("（" + name + "）");
        assertThat(findings(page)).extracting(f -> f[0]).contains("numbering-gap", "placeholder");
    }

    @Test
    void theFindingsDownloadAsSarifAndJson() throws Exception {
        String review = upload(Samples.TEXT_NAME, Samples.text());
        MvcResult sarif = mvc.perform(get(review + "/findings.sarif"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/sarif+json")))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("qinghe-yjglj-2025.sarif")))
                .andReturn();
        String s = sarif.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(s)
                .containsPattern("\"version\" ?: ?\"2.1.0\"")
                .containsPattern("\"ruleId\" ?: ?\"numbering-gap\"")
                .contains(Samples.TEXT_NAME);

        String json = mvc.perform(get(review + "/findings.json").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/json")))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_DISPOSITION, containsString("qinghe-yjglj-2025.findings.json")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"placeholder\"", "\"enumeration-order\"").doesNotContain("残留模板占位符");
    }

    @Test
    void theReportDownloadsAsDocxThatReadsBackAsTheSameReport() throws Exception {
        String review = upload(Samples.TEXT_NAME, Samples.text());
        byte[] docx = mvc.perform(get(review + "/report.docx"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                HttpHeaders.CONTENT_TYPE,
                                startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document")))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("qinghe-yjglj-2025.docx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        AnnualReport back = Readers.read(docx, "back.docx", ReadOptions.defaults());
        AnnualReport sent = Samples.report();
        assertThat(back.title().map(t -> t.text())).isEqualTo(sent.title().map(t -> t.text()));
        assertThat(back.sections()).hasSameSizeAs(sent.sections());
    }

    @Test
    void aDownloadNamedInChineseKeepsItsName() throws Exception {
        String review = upload("应急管理局报告.txt", Samples.text());
        mvc.perform(get(review + "/report.docx"))
                .andExpect(
                        header().string(
                                        HttpHeaders.CONTENT_DISPOSITION,
                                        containsString(
                                                "filename*=UTF-8''%E5%BA%94%E6%80%A5%E7%AE%A1%E7%90%86%E5%B1%80%E6%8A%A5%E5%91%8A.docx")));
    }

    @Test
    void anImageIsRefusedWithTheReadersMessageInChinese() throws Exception {
        String page = mvc.perform(
                        multipart("/reviews").file(new MockMultipartFile("file", "scan.png", null, Samples.png())))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<html lang=\"zh-CN\">", "无法读取该文件：", "scan.png")
                .contains("id=\"upload-form\"") // the form again, to try another file
                .doesNotContain("Exception", "at io.github", "at org.springframework");
        assertThat(detail(page)).containsPattern("\\p{IsHan}{4}");
    }

    @Test
    void anUnreadableUploadIsExplainedInEnglishWhenTheRequestAsks() throws Exception {
        String page = mvc.perform(multipart("/reviews")
                        .file(new MockMultipartFile("file", "scan.png", null, Samples.png()))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The file cannot be read:", "scan.png");
        assertThat(detail(page)).doesNotContainPattern("\\p{IsHan}").containsIgnoringCase("image");
    }

    @Test
    void garbageAndFormatsWithoutAReaderAreRefusedWithTheirReason() throws Exception {
        byte[] rtf = "{\\rtf1\\ansi 清河}".getBytes(StandardCharsets.UTF_8);
        String rtfPage = mvc.perform(multipart("/reviews").file(new MockMultipartFile("file", "report.rtf", null, rtf)))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail(rtfPage)).contains("report.rtf", "RTF");

        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        String garbagePage = mvc.perform(
                        multipart("/reviews").file(new MockMultipartFile("file", "garbage.txt", null, garbage)))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail(garbagePage)).contains("garbage.txt");
    }

    @Test
    void anUploadWithoutAFileAsksForOne() throws Exception {
        String page = mvc.perform(multipart("/reviews"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请先选择要上传的报告文件。");
        mvc.perform(multipart("/reviews").file(new MockMultipartFile("file", "", null, new byte[0])))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aReviewThatIsNotKeptSaysSo() throws Exception {
        String page = mvc.perform(get("/reviews/0123456789abcdef0123456789abcdef"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("找不到这次审查");
        mvc.perform(get("/reviews/nope/report.docx")).andExpect(status().isNotFound());
    }

    @Test
    void otherErrorsGetTheAppsOwnPageWithoutAStackTrace() throws Exception {
        // MockMvc does not forward to /error as a servlet container does; ask for it as the container would
        String page = mvc.perform(get("/error")
                        .accept(org.springframework.http.MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/no-such-page"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("页面出错了（404）", "返回首页").doesNotContain("Whitelabel", "trace");
    }

    @Test
    void allReportTextIsEscaped() throws Exception {
        String hostile = new String(Samples.text(), StandardCharsets.UTF_8)
                .replace("（一）健全制度，规范权力运行。", "（一）健全制度<script>alert(1)</script>。")
                .replace("发放宣传资料", "发放<img src=x onerror=alert(2)>宣传资料");
        String review = upload("<b onmouseover=alert(3)>x.txt", hostile.getBytes(StandardCharsets.UTF_8));
        String page = page(review, "zh-CN");
        assertThat(page)
                .doesNotContain("<script>alert", "<img src=x", "<b onmouseover")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;")
                .contains("&lt;b onmouseover=alert(3)&gt;x.txt");
    }

    @Test
    void everythingThePageLoadsComesFromTheAppAndThePolicySaysSo() throws Exception {
        String review = upload(Samples.TEXT_NAME, Samples.text());
        String page = page(review, "zh-CN");
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(page);
        List<String> loaded = new ArrayList<>();
        while (m.find()) {
            loaded.add(m.group(1));
        }
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("/"));
        assertThat(page).doesNotContain("http://", "https://", "style=\"", "<style", "onclick");
        mvc.perform(get(review))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        for (String asset : List.of("/css/review.css", "/js/review.js", "/css/fazhi-report.css")) {
            mvc.perform(get(asset))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not("")));
        }
        mvc.perform(get("/css/fazhi-report.css"))
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("text/css")))
                .andExpect(content().string(containsString(".fz-report")));
    }

    /** The reader's message on an error page. */
    static String detail(String page) {
        Matcher m = Pattern.compile("<p class=\"rv-error-detail\" id=\"upload-error-detail\">([^<]*)</p>")
                .matcher(page);
        assertThat(m.find())
                .as("the page shows the reader's message:\n%s", page)
                .isTrue();
        return m.group(1);
    }
}
