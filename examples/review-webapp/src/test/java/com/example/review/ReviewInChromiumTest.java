package com.example.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review app in a real browser: Debian's headless Chromium driven through its chromedriver (.ci/run
 * installs both packages; without them the tests are skipped, saying so). Uploads the sample as text and as
 * DOCX, checks the findings list, that clicking a finding scrolls to and highlights its place, the severity
 * filter, a download, and what an unreadable upload shows. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Kept, so that the level set on it stays (java.util.logging holds loggers weakly). */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static ChromeDriver browser;
    private static Path profile;
    private static Path downloads;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian's chromium and chromium-driver, which .ci/run"
                        + " installs): the browser tests need both");
        // Selenium warns that it has no DevTools (CDP) bindings for this Chromium's version; the tests use none
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        profile = Files.createTempDirectory("review-chromium-profile");
        downloads = Files.createDirectories(Path.of("target", "downloads").toAbsolutePath());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1440,1000",
                "--lang=zh-CN");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", "zh-CN,zh");
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void clearDownloads() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private WebDriverWait waiting() {
        // a filter change may reload the page while a condition looks at it
        return (WebDriverWait)
                new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
    }

    private void upload(Path file) {
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("upload")).click();
    }

    private List<WebElement> visibleFindings() {
        return browser.findElements(By.cssSelector("#findings li.rv-finding")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private boolean inViewport(WebElement e) {
        return (Boolean) js(
                "var r = arguments[0].getBoundingClientRect();"
                        + " return r.top >= 52 && r.bottom <= window.innerHeight && r.height > 0;",
                e);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aTextReportShowsItsFindingsAndAClickHighlightsTheirPlace() throws IOException {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("上传报告");
        screenshot("start");

        upload(Samples.TEXT.toAbsolutePath());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
        assertThat(browser.findElement(By.id("file-name")).getText()).contains("qinghe-yjglj-2025.txt");
        screenshot("review");
        List<WebElement> findings = visibleFindings();
        assertThat(findings).hasSize(Samples.FINDINGS.length);
        assertThat(findings.get(Samples.indexOf("numbering-gap"))
                        .findElement(By.className("rv-rule"))
                        .getText())
                .isEqualTo("numbering-gap");
        assertThat(findings.get(Samples.indexOf("numbering-gap")).getText()).contains("序号不连续", "第 11 行");

        // each finding with a place is marked there, numbered, in its severity's colour
        for (String[] f : Samples.FINDINGS) {
            if (!f[2].isEmpty()) {
                WebElement place = browser.findElement(By.id(f[2]));
                assertThat(place.getDomAttribute("class")).as(f[2]).contains("rv-flagged");
                assertThat(place.findElements(By.className("rv-marker")))
                        .as(f[2])
                        .isNotEmpty();
            }
        }
        assertThat(browser.findElement(By.id("r-s1.s2.p1")).getDomAttribute("class"))
                .contains("rv-flag-error");
        assertThat(browser.findElement(By.id("r-s2.p1")).getDomAttribute("class"))
                .contains("rv-flag-warning");

        // the place of the last finding is below the fold; clicking the finding brings it into view, highlighted
        WebElement place = browser.findElement(By.id("r-s2.p1"));
        js("window.scrollTo(0, 0)");
        WebElement last = findings.get(Samples.FINDINGS.length - 1);
        last.findElement(By.cssSelector("a.rv-message")).click();
        waiting().until(d -> place.getDomAttribute("class").contains("rv-current") && inViewport(place));
        assertThat(last.getDomAttribute("class")).contains("rv-current");
        assertThat(browser.getCurrentUrl()).endsWith("#finding-" + Samples.FINDINGS.length);
        assertThat(js("return getComputedStyle(arguments[0]).outlineStyle", place))
                .isEqualTo("solid");

        // another finding moves the highlight
        WebElement gap = browser.findElement(By.id("r-s1.s2-h"));
        findings.get(Samples.indexOf("numbering-gap"))
                .findElement(By.cssSelector("a.rv-message"))
                .click();
        waiting().until(d -> gap.getDomAttribute("class").contains("rv-current") && inViewport(gap));
        assertThat(place.getDomAttribute("class")).doesNotContain("rv-current");
        screenshot("review-txt");

        // a mark in the text picks its finding
        browser.findElement(By.cssSelector("#r-s1\\.s2\\.p1 .rv-marker")).click();
        waiting()
                .until(d -> findings.get(Samples.indexOf("placeholder"))
                        .getDomAttribute("class")
                        .contains("rv-current"));
    }

    @Test
    void theSeverityFilterHidesFindingsAndTheirMarks() throws IOException {
        upload(Samples.TEXT.toAbsolutePath());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
        assertThat(browser.findElement(By.id("count-error")).getText()).isEqualTo("3");

        browser.findElement(By.id("show-warning")).click();
        browser.findElement(By.id("show-info")).click();
        List<WebElement> shown = visibleFindings();
        assertThat(shown)
                .hasSize(3)
                .allSatisfy(f -> assertThat(f.getDomAttribute("data-severity")).isEqualTo("error"));
        WebElement warned = browser.findElement(By.id("r-s2.p1"));
        assertThat(warned.getDomAttribute("class")).doesNotContain("rv-flagged");
        assertThat(warned.findElement(By.className("rv-marker")).isDisplayed()).isFalse();
        assertThat(browser.getCurrentUrl()).endsWith("?severity=error");
        screenshot("filter-errors");

        // reloading keeps the filter (the server lists only those), and the others come back when asked for
        browser.navigate().refresh();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
        assertThat(visibleFindings()).hasSize(3);
        browser.findElement(By.id("show-warning")).click();
        waiting().until(d -> visibleFindings().size() == 4);
        assertThat(browser.findElement(By.id("r-s2.p1")).getDomAttribute("class"))
                .contains("rv-flag-warning");

        browser.findElement(By.id("show-error")).click();
        browser.findElement(By.id("show-warning")).click();
        assertThat(visibleFindings()).isEmpty();
        assertThat(browser.findElement(By.id("filtered-none")).isDisplayed()).isTrue();
    }

    @Test
    void theFindingsDownload() throws Exception {
        upload(Samples.TEXT.toAbsolutePath());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
        browser.findElement(By.id("download-json")).click();
        Path json = downloads.resolve("qinghe-yjglj-2025.findings.json");
        waiting().until(d -> Files.isRegularFile(json) && !partial());
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"numbering-gap\"", "\"enumeration-order\"", "序号不连续");

        browser.findElement(By.id("download-docx")).click();
        Path docx = downloads.resolve("qinghe-yjglj-2025.docx");
        waiting().until(d -> Files.isRegularFile(docx) && !partial());
        assertThat(Arrays.copyOf(Files.readAllBytes(docx), 2)).isEqualTo(new byte[] {'P', 'K'});
    }

    private static boolean partial() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void aDocxReportIsReviewedLikeTheText() throws IOException {
        upload(Samples.file("清河区应急管理局2025年法治政府建设年度报告.docx", Samples.docx()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
        assertThat(browser.findElement(By.id("file-name")).getText()).contains(".docx", "DOCX");
        assertThat(browser.findElement(By.className("fz-title")).getText()).contains("清河市清河区应急管理局");
        List<String> rules = visibleFindings().stream()
                .map(f -> f.findElement(By.className("rv-rule")).getText())
                .toList();
        assertThat(rules).contains("numbering-gap", "placeholder", "enumeration-order");
        WebElement placeholder = visibleFindings().get(rules.indexOf("placeholder"));
        assertThat(placeholder.getText()).containsPattern("第 \\d+ 段");
        placeholder.findElement(By.cssSelector("a.rv-message")).click();
        WebElement place = browser.findElement(By.id(placeholder.getDomAttribute("data-target")));
        waiting().until(d -> place.getDomAttribute("class").contains("rv-current") && inViewport(place));
        assertThat(place.getText()).contains("XX");
        screenshot("review-docx");
    }

    @Test
    void anUnreadableUploadShowsTheReadersMessage() throws IOException {
        upload(Samples.file("扫描件.png", Samples.png()));
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-error")));
        assertThat(error.getText()).contains("无法读取该文件：", "扫描件.png").doesNotContain("Exception");
        assertThat(browser.findElement(By.id("upload-error-detail")).getText()).containsPattern("\\p{IsHan}{4}");
        assertThat(browser.findElement(By.id("upload-form")).isDisplayed()).isTrue();
        screenshot("unreadable");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsSent() throws IOException {
        Path large = Samples.file("large.txt", new byte[10 * 1024 * 1024 + 1]);
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("file")).sendKeys(large.toString());
        WebElement message = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("file-too-large")));
        assertThat(message.getText()).contains("超过大小上限", "10 MB");
        browser.findElement(By.id("upload")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
        Files.delete(large);
    }
}
