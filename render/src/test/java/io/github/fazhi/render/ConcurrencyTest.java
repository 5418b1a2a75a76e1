package io.github.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.render.html.HtmlRenderer;
import io.github.fazhi.render.markdown.MarkdownRenderer;
import io.github.fazhi.render.text.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One renderer shared by 16 threads gives every thread the same output as a single-threaded rendering. */
class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 25;

    static Stream<TextReportRenderer> renderers() {
        return Stream.of(
                TextRenderer.builder().indent(true).build(),
                MarkdownRenderer.builder().build(),
                HtmlRenderer.builder().tableOfContents(true).build(),
                HtmlRenderer.builder()
                        .nodeRendererFactory(context -> NodeRenderer.of(NodeType.PARAGRAPH, p -> {
                            context.writer()
                                    .openTag(
                                            "p",
                                            "id",
                                            context.id(p),
                                            "data-length",
                                            "" + p.text().length());
                            context.writer().text(p.text()).closeTag("p").line();
                        }))
                        .build());
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void sixteenThreadsGetIdenticalOutput(TextReportRenderer renderer) throws Exception {
        List<AnnualReport> reports = List.of(SampleReports.sample(), SampleReports.everyField());
        List<String> expected = reports.stream().map(renderer::renderToString).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> out = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        int which = (thread + round) % reports.size();
                        String rendered = round % 2 == 0
                                ? renderer.renderToString(reports.get(which))
                                : new String(renderer.renderToBytes(reports.get(which)), "UTF-8");
                        out.add(which + ":" + rendered);
                    }
                    return out;
                }));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                List<String> out = results.get(t).get();
                assertThat(out).hasSize(ROUNDS);
                for (int round = 0; round < ROUNDS; round++) {
                    int which = (t + round) % reports.size();
                    assertThat(out.get(round)).isEqualTo(which + ":" + expected.get(which));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
