package io.github.fazhi.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.testing.ReportGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlRenderer#renderToString} writes into one UTF-16 buffer sized from the report; rendering into a
 * plain {@link StringBuilder} (what {@code TextReportRenderer}'s default does) stays the reference.
 */
class HtmlRenderToStringTest {

    private static final List<HtmlRenderer> RENDERERS = List.of(
            HtmlRenderer.builder().build(),
            HtmlRenderer.builder().fragment(true).build(),
            HtmlRenderer.builder().tableOfContentsDepth(4).idPrefix("r42-").build(),
            HtmlRenderer.builder()
                    .embedStyleSheet(false)
                    .styleSheetLink("a.css")
                    .build());

    @Test
    void theSizedBufferGivesTheSameMarkupAndIsBigEnoughButNotWasteful() {
        for (int size : new int[] {2500, 3000, 10_000, 30_000}) {
            for (long seed = 1; seed <= 3; seed++) {
                AnnualReport report = new ReportGenerator(
                                seed, ReportGenerator.Options.defaults().withTargetSize(size))
                        .generated(0)
                        .report();
                for (HtmlRenderer html : RENDERERS) {
                    StringBuilder reference = new StringBuilder();
                    html.render(report, reference);
                    String rendered = html.renderToString(report);
                    assertThat(rendered).isEqualTo(reference.toString());
                    int estimate = html.estimatedLength(report);
                    assertThat(estimate)
                            .as("estimate for %d chars, seed %d", size, seed)
                            .isBetween(rendered.length(), 2 * rendered.length());
                }
            }
        }
    }

    @Test
    void theBufferIsUtf16AndEmpty() {
        StringBuilder b = HtmlRenderer.utf16Builder(1000);
        assertThat(b.length()).isZero();
        assertThat(b.capacity()).isGreaterThanOrEqualTo(1000);
        assertThat(b.append("ab").append('清').toString()).isEqualTo("ab清");
    }
}
