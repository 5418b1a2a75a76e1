package io.github.fazhi.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.Title;
import io.github.fazhi.core.testing.Fixtures;
import io.github.fazhi.core.testing.ReportArbitraries;
import io.github.fazhi.render.html.HtmlRenderer;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A page fazhi's own HTML renderer wrote reads back into the model it was written from. */
class FazhiHtmlReadsBackTest {

    private static final HtmlRenderer PAGE = HtmlRenderer.builder().build();
    private static final HtmlRenderer FRAGMENT =
            HtmlRenderer.builder().fragment(true).build();

    /** The model without spans, its title without whitespace (a title printed over two phrases joins). */
    private static AnnualReport comparable(AnnualReport r) {
        return r.withoutSpans().withTitle(r.title().map(t -> Title.of(t.text().replaceAll("\\s+", ""))));
    }

    private static void readsBack(AnnualReport report, String name) {
        for (HtmlRenderer renderer : new HtmlRenderer[] {PAGE, FRAGMENT}) {
            String html = renderer.renderToString(report);
            AnnualReport back = HtmlReportReader.standard().read(html.getBytes(StandardCharsets.UTF_8), name);
            assertThat(comparable(back)).as(name).isEqualTo(comparable(report));
        }
    }

    @Test
    void theFixtureReportsReadBack() {
        for (String name : new String[] {"qingyuan-2025.txt", "qinghe-justice-2025.txt"}) {
            readsBack(PlainTextReader.standard().read(Fixtures.text(name), name), name);
        }
    }

    @Provide
    Arbitrary<AnnualReport> reports() {
        return ReportArbitraries.reports();
    }

    @Property(tries = 100)
    void generatedReportsReadBack(@ForAll("reports") AnnualReport built) {
        // the model as the text reader gives it, so that both sides are a reading of the same text
        AnnualReport report =
                PlainTextReader.standard().read(PlainTextWriter.standard().write(built), "generated.txt");
        readsBack(report, "generated.html");
    }
}
