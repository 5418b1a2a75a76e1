package io.github.fazhi.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.SourceDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Pages a reader meets that are not what they seem: a clear error or a bounded reading, never a crash. */
class HostileHtmlTest {

    private static final HtmlReportReader READER = HtmlReportReader.standard();

    @Test
    void deepNestingIsReadWithoutExhaustingTheStack() {
        int depth = 100_000;
        String html = "<html><body><div class=\"TRS_Editor\">" + "<div>".repeat(depth)
                + "<p>　　2025年，街道推进法治政府建设，全年开展普法活动12场。</p>" + "</div>".repeat(depth)
                + "</div></body></html>";
        SourceDocument doc = READER.extract(html.getBytes(StandardCharsets.UTF_8), "deep.html");
        assertThat(doc.lines()).anyMatch(l -> l.text().startsWith("2025年，街道推进法治政府建设"));
    }

    @Test
    void aLargePageOfChromeIsReadOnceThrough() {
        StringBuilder html = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 50_000; i++) {
            html.append("<li><a href=\"/l").append(i).append("\">链接").append(i).append("</a></li>");
        }
        html.append("</ul><div id=\"zoom\"><p>　　2025年，区司法局推进法治政府建设，办理复议案件12件。</p></div></body></html>");
        SourceDocument doc = READER.extract(html.toString().getBytes(StandardCharsets.UTF_8), "big.html");
        assertThat(doc.lines().stream().filter(l -> l.hints().region() == LineRegion.BODY))
                .hasSize(1);
        assertThat(doc.lines()).hasSize(50_001);
    }

    @Test
    void aPageWithoutArticleTextSaysSo() {
        byte[] nav =
                "<html><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zwgk\">政务公开</a></div></body></html>"
                        .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> READER.read(nav, "nav.html"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("nav.html: 网页中找不到正文（页面上的文字只有导航、页脚等页面元素，共 6 个字）；请打开报告正文所在的页面后另存，" + "或提交 DOCX、PDF、纯文本");
        assertThatThrownBy(() -> HtmlReportReader.builder()
                        .locale(Locale.ENGLISH)
                        .build()
                        .read(nav, "nav.html"))
                .hasMessageContaining("no article text");
    }

    @Test
    void otherFormatsAndTooLargeFilesAreNamed() {
        assertThatThrownBy(() -> READER.read("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "a.html"))
                .hasMessage("a.html: 这是PDF 文件，不是网页（HTML）文件");
        byte[] page = HtmlFixtures.bytes("trs-qingyuan-2025.html");
        assertThatThrownBy(() ->
                        HtmlReportReader.builder().maxFileBytes(100).build().read(page, "big.html"))
                .hasMessage("big.html: 文件超过 100 字节的读取上限");
    }

    @Test
    void undeclaredGbkIsReadAsGb18030AndDeclaredEncodingsAreHonoured() {
        String html = "<html><body><div id=\"zoom\"><p>　　2025年，区司法局推进法治政府建设，全年审查规范性文件14件。</p></div></body></html>";
        for (Charset cs : new Charset[] {Charset.forName("GBK"), StandardCharsets.UTF_8, Charset.forName("GB18030")}) {
            SourceDocument doc = READER.extract(html.getBytes(cs), "p.html");
            assertThat(doc.lines()).anyMatch(l -> l.text().equals("2025年，区司法局推进法治政府建设，全年审查规范性文件14件。"));
        }
        String big5 =
                "<html><head><meta charset=\"big5\"></head><body><div id=\"zoom\"><p>法治政府建設年度報告，全年辦理行政覆議案件。</p></div></body></html>";
        SourceDocument doc = READER.extract(big5.getBytes(Charset.forName("Big5")), "big5.html");
        assertThat(doc.lines()).anyMatch(l -> l.text().startsWith("法治政府建設年度報告"));
    }

    /** Damaged pages give a reading or a clear error, nothing else. */
    @Property(tries = 200)
    void damagedPagesGiveAReadingOrAClearError(
            @ForAll @IntRange(min = 0, max = 6_800) int at,
            @ForAll byte value,
            @ForAll @IntRange(min = 1, max = 300) int run) {
        byte[] page = HtmlFixtures.bytes("trs-qingyuan-2025.html");
        for (int i = at; i < Math.min(page.length, at + run); i++) {
            page[i] = value;
        }
        try {
            READER.read(page, "damaged.html");
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).startsWith("damaged.html: ");
        }
    }
}
