package io.github.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.review.testing.TestJurisdiction;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code audit.html} as a person sees it: opened in headless Chromium, with its script run. Skipped when
 * no Chromium is installed (CI installs Debian's {@code chromium}).
 */
class AuditPageInChromiumTest {

    /** Under target/ so that the screenshot can be looked at after the build. */
    static final Path DIR = Path.of("target", "chromium");

    static HeadlessChromium chromium;
    static Path out;

    @BeforeAll
    static void audit() throws Exception {
        chromium = HeadlessChromium.find().orElse(null);
        Assumptions.assumeTrue(
                chromium != null, "no chromium on the PATH (apt-get install chromium) to open the page in");
        TestFiles.deleteTree(DIR);
        TestJurisdiction.Files files = TestJurisdiction.write(DIR);
        out = DIR.resolve("out");
        Auditor.builder()
                .units(UnitList.read(files.unitsCsv()))
                .year(TestJurisdiction.YEAR)
                .reportPages(out)
                .build()
                .audit(List.of(files.reports()))
                .writeTo(out);
    }

    @Test
    void thePageShowsTheTableAndBothCharts() throws Exception {
        Document dom = Jsoup.parse(chromium.dumpDom(out.resolve("audit.html"), DIR));
        assertThat(dom.select("table#units tbody tr")).hasSize(TestJurisdiction.EXPECTED.size());
        assertThat(dom.select("svg#chart-status rect")).hasSize(7);
        assertThat(dom.select("svg#chart-rules rect")).isNotEmpty();
        assertThat(dom.select("table#units tbody tr td.unit").eachText())
                .containsExactlyElementsOf(TestJurisdiction.EXPECTED.keySet());
    }

    @Test
    void clickingAHeadingSortsTheTable() throws Exception {
        // the page's own script, then a click on 错误 twice (descending), as a person would
        String html = Files.readString(out.resolve("audit.html"), StandardCharsets.UTF_8);
        String click = "<script>var b = document.querySelectorAll('#units thead th button')[4]; b.click(); b.click();"
                + "document.body.setAttribute('data-sorted', document.querySelector('#units thead th:nth-child(5)')"
                + ".getAttribute('aria-sort'));</script>\n</body>";
        Path sorted = out.resolve("audit-sorted.html");
        Files.writeString(sorted, html.replace("</body>", click), StandardCharsets.UTF_8);
        Document dom = Jsoup.parse(chromium.dumpDom(sorted, DIR));
        assertThat(dom.body().attr("data-sorted")).isEqualTo("descending");
        List<String> errors = dom.select("table#units tbody tr td:nth-child(5)").stream()
                .map(org.jsoup.nodes.Element::text)
                .toList();
        List<Integer> counts =
                errors.stream().filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(counts.get(0)).isPositive();
        // units without a report sort last, whichever the direction
        assertThat(errors.get(errors.size() - 1)).isEmpty();
    }

    @Test
    void theScreenshotShowsSomething() throws Exception {
        Path png = DIR.resolve("audit.png");
        chromium.screenshot(out.resolve("audit.html"), png, 1400, 1200, DIR);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(1200);
        // the status bars are drawn in their colours: the green of 正常 and the red of 有错误 are on the page
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).contains(0x2e7d32, 0xc62828);
    }
}
