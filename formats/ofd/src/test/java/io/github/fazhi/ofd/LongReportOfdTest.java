package io.github.fazhi.ofd;

import static io.github.fazhi.core.testing.LongReports.chars;
import static io.github.fazhi.core.testing.LongReports.texts;
import static io.github.fazhi.core.testing.LongReports.withMeasures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.ofd.internal.extract.OfdLimits;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: fazhi reads its own OFD of the longest report its page limit lets through, as it reads its own
 * DOCX of a long report. An OFD holds one content part per page, so only the document's list of pages grows
 * with the report (about 106 KB at 1,800 pages) and the package of 1,800 pages inflates to about 17 MB: far
 * inside the archive limits, and no part is large and repetitive enough for the ratio check to
 * take repetitive text for a bomb. The page limit (2,000) is a hundred times a real report's; past it the
 * error names it.
 */
class LongReportOfdTest {

    @Test
    void fazhiReadsItsOwnOfdOfTheLongestReportWithinThePageLimit() throws Exception {
        String repetitive = "区司法局坚持依法行政，推进法治政府建设。".repeat(27_500); // 550,000 characters
        String line = "全区行政执法机关严格落实行政执法三项制度，规范执法程序，全年办理行政执法案件，群众满意度持续提升。";
        String paragraph = line.repeat(14); // 700 characters
        AnnualReport report = withMeasures(part -> {
            part.paragraph(repetitive);
            for (int i = 0; i < 750; i++) {
                part.paragraph(paragraph + i);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfdRenderer.standard().render(report, out);
        byte[] ofd = out.toByteArray();
        Map<String, byte[]> entries = HostileOfdTest.entries(ofd);
        long pages = entries.keySet().stream()
                .filter(n -> n.matches("Doc_0/Pages/Page_\\d+/Content\\.xml"))
                .count();
        assertThat(pages).isBetween(1_700L, (long) OfdLimits.DEFAULT.maxPages());
        assertThat(entries.values().stream().mapToLong(b -> b.length).sum())
                .isLessThan(OfdLimits.DEFAULT.maxTotalBytes() / 8);

        AnnualReport read = OfdReportReader.standard().read(ofd, "long.ofd").withoutPageFurniture();

        List<String> texts = texts(read);
        assertThat(String.join("", texts)).contains(repetitive);
        assertThat(texts)
                .containsAll(
                        texts(report).stream().filter(t -> t.startsWith(line)).toList());
        assertThat(chars(read)).isEqualTo(chars(report));
        // the same file under a lower page limit is refused, the error naming the limit
        assertThatThrownBy(
                        () -> OfdReportReader.builder().maxPages(1_000).build().read(ofd, "long.ofd"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("long.ofd: OFD 有 " + pages + " 页，超过读取上限 1000 页");
    }
}
