package io.github.fazhi.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.core.testing.ReportGenerator;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeType;
import io.github.fazhi.render.ReportTextAccess;
import io.github.fazhi.render.SampleReports;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The built-in HTML rendering is written for speed (issue 19: markup written straight into the buffer, text
 * escaped in runs, the page's constant head once per renderer, the dispatch without a visitor per element, the
 * buffer estimate in loops). {@link PlainHtmlNodeRenderers}, the rendering as it was, registered over every node
 * type, stays the reference: both must give the same bytes on many generated reports and on hostile text, with
 * every option.
 */
class HtmlRendererFastPathTest {

    /** The options of a renderer, to build it with the built-in rendering or with the plain one. */
    private static final List<Supplier<HtmlRenderer.Builder>> OPTIONS = List.of(
            HtmlRenderer::builder,
            () -> HtmlRenderer.builder().fragment(true),
            () -> HtmlRenderer.builder().fragment(true).idPrefix("r42-"),
            () -> HtmlRenderer.builder().tableOfContentsDepth(4).idPrefix("r7.x:_-"),
            () -> HtmlRenderer.builder().tableOfContents(true).tableOfContentsLabel("目<录>"),
            () -> HtmlRenderer.builder()
                    .embedStyleSheet(false)
                    .styleSheetLink("a.css")
                    .styleSheetLink("b.css?x=1&y=\"2\""),
            () -> HtmlRenderer.builder().styleSheetLink("print.css"));

    @Test
    void theBuiltInRenderingWritesWhatThePlainOneDidOnGeneratedReports() {
        List<HtmlRenderer[]> renderers = renderers();
        int compared = 0;
        for (int size : new int[] {2500, 3000, 10_000}) {
            ReportGenerator generator = new ReportGenerator(
                    size,
                    ReportGenerator.Options.defaults().withTargetSize(size).withDefectRate(0.5));
            for (AnnualReport report :
                    generator.reports(size == 2500 ? 120 : 40).toList()) {
                for (HtmlRenderer[] pair : renderers) {
                    assertSame(pair, report);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(200 * OPTIONS.size());
    }

    @Test
    void theBuiltInRenderingWritesWhatThePlainOneDidOnHostileText() {
        List<HtmlRenderer[]> renderers = renderers();
        List<AnnualReport> templates = List.of(SampleReports.everyField(), SampleReports.sample());
        for (AnnualReport template : templates) {
            for (String hostile : HostileTextTest.HOSTILE) {
                AnnualReport attack = ReportTextAccess.map(template, t -> hostile);
                for (HtmlRenderer[] pair : renderers) {
                    assertSame(pair, attack);
                }
            }
            // each field its own hostile string, so that neighbouring fields differ
            AtomicInteger next = new AtomicInteger();
            AnnualReport mixed = ReportTextAccess.map(
                    template,
                    t -> HostileTextTest.HOSTILE.get(next.getAndIncrement() % HostileTextTest.HOSTILE.size()));
            for (HtmlRenderer[] pair : renderers) {
                assertSame(pair, mixed);
            }
        }
    }

    @Property(tries = 300)
    void theBuiltInRenderingWritesWhatThePlainOneDidOnAnyText(@ForAll("texts") List<String> texts) {
        AtomicInteger next = new AtomicInteger();
        AnnualReport report =
                ReportTextAccess.map(SampleReports.everyField(), t -> texts.get(next.getAndIncrement() % texts.size()));
        for (HtmlRenderer[] pair : renderers()) {
            assertSame(pair, report);
        }
    }

    @Test
    void aLabelEndingInAHighSurrogateStillPairsWithItsHeading() {
        AnnualReport report =
                ReportTextAccess.map(SampleReports.everyField(), t -> t.isEmpty() ? t : "\uDE00" + t + "\uD83D");
        for (HtmlRenderer[] pair : renderers()) {
            assertSame(pair, report);
        }
        assertThat(CoreHtmlNodeRenderers.joinsAPair("一\uD83D", "\uDE00x")).isTrue();
        assertThat(CoreHtmlNodeRenderers.joinsAPair("一", "\uDE00x")).isFalse();
        assertThat(CoreHtmlNodeRenderers.joinsAPair("\uD83D", "")).isFalse();
        assertThat(CoreHtmlNodeRenderers.joinsAPair("", "\uDE00")).isFalse();
    }

    @Test
    void anyAppendableGetsWhatAStringBuilderGets() {
        AnnualReport report = new ReportGenerator(7).generate(0);
        for (HtmlRenderer[] pair : renderers()) {
            StringBuilder sb = new StringBuilder("before");
            pair[0].render(report, sb);
            StringBuilder inner = new StringBuilder("before");
            Appendable other = new Appendable() {
                @Override
                public Appendable append(CharSequence csq) {
                    inner.append(csq);
                    return this;
                }

                @Override
                public Appendable append(CharSequence csq, int start, int end) throws IOException {
                    inner.append(csq, start, end);
                    return this;
                }

                @Override
                public Appendable append(char c) {
                    inner.append(c);
                    return this;
                }
            };
            pair[0].render(report, other);
            assertThat(inner.toString()).isEqualTo(sb.toString());
            assertThat(sb.toString()).isEqualTo("before" + pair[1].renderToString(report));
        }
    }

    @Test
    void theEstimateInLoopsIsTheEstimateOverTheWalk() {
        for (Supplier<HtmlRenderer.Builder> options : OPTIONS) {
            HtmlRenderer html = options.get().build();
            for (AnnualReport report : new ReportGenerator(3).reports(30).toList()) {
                assertThat(html.estimatedLength(report)).isEqualTo(estimateByWalk(html, report));
            }
            AnnualReport every = SampleReports.everyField();
            assertThat(html.estimatedLength(every)).isEqualTo(estimateByWalk(html, every));
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings()
                        .withChars(
                                "清河区法治，。（）“”&<>\"' \t\n\r\u0000\u0007\u007F\u0085\u009F\u00A0\uD800\uDBFF\uDC00\uDFFF\uD83D\uDE00\uE000\uFFFD\uFFFE\uFFFF")
                        .ofMaxLength(30));
        return text.list().ofMinSize(1).ofMaxSize(12);
    }

    private static void assertSame(HtmlRenderer[] pair, AnnualReport report) {
        assertThat(pair[0].renderToString(report)).isEqualTo(pair[1].renderToString(report));
    }

    /** For each option set: the renderer with the built-in rendering and the one with the plain rendering. */
    private static List<HtmlRenderer[]> renderers() {
        List<HtmlRenderer[]> out = new ArrayList<>();
        for (Supplier<HtmlRenderer.Builder> options : OPTIONS) {
            HtmlRenderer fast = options.get().build();
            HtmlRenderer.Builder plain = options.get();
            for (NodeType<?> type : NodeType.values()) {
                plain.nodeRendererFactory(context -> plainRenderer(new PlainHtmlNodeRenderers(context, fast), type));
            }
            out.add(new HtmlRenderer[] {fast, plain.build()});
        }
        return out;
    }

    private static NodeRenderer<?> plainRenderer(PlainHtmlNodeRenderers plain, NodeType<?> type) {
        for (NodeRenderer<?> r : plain.all()) {
            if (r.nodeType() == type) {
                return r;
            }
        }
        return NodeRenderer.of(NodeType.PAGE_FURNITURE, f -> {}); // the built-in rendering has none either
    }

    /** {@link HtmlRenderer#estimatedLength} as it was first written, over {@link AnnualReport#walk()}. */
    private static int estimateByWalk(HtmlRenderer html, AnnualReport report) {
        boolean fragment = html.isFragment();
        long n = 512
                + (fragment
                        ? 0
                        : 1024L
                                + (html.embedStyleSheet()
                                        ? HtmlRenderer.defaultStyleSheet().length()
                                        : 0));
        for (Element e : (Iterable<Element>) report.walk()::iterator) {
            n += HtmlRenderer.ELEMENT_MARKUP + 2L * (html.idPrefix().length() + e.id().length());
            if (e instanceof Block b) {
                n += b.text().length();
            } else if (e instanceof Section s) {
                n += s.heading().length() + HtmlRenderer.LABEL_ALLOWANCE + HtmlRenderer.SECTION_MARKUP;
            } else if (e instanceof HeaderLine h) {
                n += h.text().length();
            } else if (e instanceof Title t) {
                n += 2L * t.text().length();
            } else if (e instanceof SignOff so) {
                n += 64 + so.dateText().map(String::length).orElse(0);
                for (String issuer : so.issuers()) {
                    n += issuer.length() + 48;
                }
            }
        }
        if (html.tableOfContentsDepth() > 0) {
            n += n / 8;
        }
        return (int) Math.min(n, Integer.MAX_VALUE - 16);
    }
}
