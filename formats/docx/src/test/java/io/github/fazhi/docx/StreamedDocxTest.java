package io.github.fazhi.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.core.testing.ReportGenerator;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeType;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.LayoutProfile.Font;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A renderer without app node renderers writes the package as text ({@link PreparedParts}, {@link XmlParagraphs});
 * POI's document ({@link DocxRendering#write}, what renderers with app node renderers still use) is its reference.
 * On the sample reports, hundreds of generated ones and reports of hostile text, in six layouts, both write the same
 * parts in the same order, each byte for byte, except the core properties' time of creation (and those are compared
 * as XML: POI has the JDK's serializer write them, whose escaping is the JDK's).
 */
class StreamedDocxTest {

    private static final Font ODD = new Font("A&B<C>\"D'E", "Times & <New> \"Roman\"", 31, true);

    private static final List<LayoutProfile> LAYOUTS = List.of(
            LayoutProfile.gbt9704(),
            LayoutProfile.localPlainFonts(),
            LayoutProfile.gbt9704().toBuilder().addresseeLine(false).build(),
            LayoutProfile.gbt9704().toBuilder()
                    .gridMode(LayoutProfile.GridMode.CHARACTER_GRID)
                    .build(),
            LayoutProfile.gbt9704().toBuilder()
                    .signOffLayout(LayoutProfile.SignOffLayout.SEALED)
                    .build(),
            LayoutProfile.gbt9704().toBuilder()
                    .body(ODD)
                    .title(new Font("黑体", "Arial", 44, true))
                    .heading2(ODD)
                    .pageNumber(ODD)
                    .pageNumberFormat("", "")
                    .splitLongTitle(false)
                    .build());

    /** What POI writes: the reference. */
    private static byte[] reference(AnnualReport report, LayoutProfile layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DocxRendering.write(report, layout, List.of(), out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static void sameParts(AnnualReport report, DocxRenderer streamed) {
        byte[] expected = reference(report, streamed.layout());
        byte[] actual = streamed.renderToBytes(report);
        Map<String, byte[]> want = DocxXml.unzip(expected);
        Map<String, byte[]> got = DocxXml.unzip(actual);
        assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
        for (String part : want.keySet()) {
            if (part.equals(PreparedParts.CORE)) {
                assertThat(createdNearNow(got.get(part))).isTrue();
                assertThat(core(got.get(part)).isEqualNode(core(want.get(part))))
                        .as("%s of %s\n%s\n%s", part, report.title(), text(got, part), text(want, part))
                        .isTrue();
            } else if (!Arrays.equals(got.get(part), want.get(part))) {
                assertThat(text(got, part)).as("%s of %s", part, report.title()).isEqualTo(text(want, part));
                assertThat(got.get(part)).as(part).isEqualTo(want.get(part));
            }
        }
    }

    private static String text(Map<String, byte[]> parts, String part) {
        return new String(parts.get(part), StandardCharsets.UTF_8);
    }

    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)([^<]*)(</dcterms:created>)");

    private static boolean createdNearNow(byte[] core) {
        Matcher m = CREATED.matcher(new String(core, StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        Instant created = Instant.parse(m.group(2));
        return Math.abs(created.getEpochSecond() - Instant.now().getEpochSecond()) < 60;
    }

    /** The core properties as a DOM, the time of creation left out. */
    private static Document core(byte[] part) {
        String s = CREATED.matcher(new String(part, StandardCharsets.UTF_8)).replaceAll("$1$3");
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
            d.normalizeDocument();
            return d;
        } catch (Exception e) {
            throw new AssertionError(s, e);
        }
    }

    private static DocxRenderer renderer(LayoutProfile layout) {
        return DocxRenderer.builder().layout(layout).build();
    }

    @Test
    void sampleReportsInEveryLayout() {
        for (LayoutProfile layout : LAYOUTS) {
            DocxRenderer r = renderer(layout);
            for (AnnualReport report : samples()) {
                sameParts(report, r);
            }
        }
    }

    private static List<AnnualReport> samples() {
        AnnualReport justice = SampleReports.qingheJustice();
        AnnualReport noLine = new AnnualReport(
                justice.metadata(),
                List.of(),
                justice.title(),
                justice.preamble(),
                justice.sections(),
                justice.signOff(),
                justice.trailing());
        AnnualReport bare = new AnnualReport(
                ReportMetadata.builder().build(),
                List.of(),
                Optional.empty(),
                List.of(Paragraph.of("只有一段。")),
                List.of(),
                Optional.empty(),
                List.of());
        return List.of(justice, SampleReports.qingheGovernment(), noLine, bare, empty());
    }

    private static AnnualReport empty() {
        return new AnnualReport(
                ReportMetadata.builder().build(),
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of());
    }

    @Test
    void generatedReports() {
        DocxRenderer standard = DocxRenderer.standard();
        ReportGenerator small = new ReportGenerator(
                19, ReportGenerator.Options.defaults().withSize(2_000, 12_000).withDefectRate(0.4));
        small.reports(120).forEach(report -> sameParts(report, standard));
        ReportGenerator large =
                new ReportGenerator(1919, ReportGenerator.Options.defaults().withSize(20_000, 40_000));
        large.reports(6).forEach(report -> sameParts(report, standard));
        ReportGenerator other = new ReportGenerator(7);
        for (LayoutProfile layout : LAYOUTS.subList(1, LAYOUTS.size())) {
            DocxRenderer r = renderer(layout);
            other.reports(12).forEach(report -> sameParts(report, r));
        }
    }

    private static final String ALPHABET = "<&>]]\"' \t\n\u3000\r\u0001\u0085\u2028\uFFFE中文a1😀\uD800";

    private static String hostile(Random random, int maxLength) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(maxLength);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(ALPHABET.length());
            s.append(ALPHABET.charAt(at));
        }
        return s.toString();
    }

    /** Text XML must escape (CDATA sections either side of the thresholds), controls, white space at the ends. */
    @Test
    void hostileText() {
        Random random = new Random(19);
        for (int k = 0; k < 120; k++) {
            LayoutProfile layout = LAYOUTS.get(k % LAYOUTS.size());
            List<Block> preamble = new ArrayList<>();
            IntStream.range(0, 8).forEach(i -> preamble.add(Paragraph.of(hostile(random, i < 4 ? 40 : 90))));
            AnnualReport report = new AnnualReport(
                    ReportMetadata.builder()
                            .issuers(List.of("发" + hostile(random, 20)))
                            .mainRecipients(List.of(hostile(random, 10)))
                            .build(),
                    List.of(
                            HeaderLine.of(HeaderLineKind.ISSUER, "版头" + hostile(random, 20)),
                            HeaderLine.of(HeaderLineKind.DOCUMENT_NUMBER, hostile(random, 20))),
                    Optional.of(Title.of("题" + hostile(random, 60))),
                    preamble,
                    SampleReports.qingheJustice().sections(),
                    Optional.of(SignOff.of(
                            List.of("甲" + hostile(random, 12), "乙" + hostile(random, 12)),
                            LocalDate.of(2025, 1 + k % 12, 1 + k % 28))),
                    List.of(Paragraph.of(hostile(random, 70))));
            sameParts(report, renderer(layout));
        }
    }

    @Test
    void cdataThresholds() {
        for (String text : List.of(
                "&&&&&&" + "a".repeat(26),
                "&&&&&&" + "a".repeat(27),
                "&&&&&" + "a".repeat(40),
                "]]>" + "<".repeat(6) + "x]]>]]>]>>" + "b".repeat(30),
                "]]>]]]>>]]",
                " <&<&<&<&<&<& 前后有空白的文字足够长足够长足够长足够长 ")) {
            AnnualReport report = new AnnualReport(
                    ReportMetadata.builder().build(),
                    List.of(),
                    Optional.of(Title.of(text)),
                    List.of(Paragraph.of(text)),
                    List.of(),
                    Optional.empty(),
                    List.of());
            sameParts(report, DocxRenderer.standard());
        }
    }

    @Test
    void renderersWithAppNodeRenderersStillWriteThroughPoi() {
        DocxRenderer custom = DocxRenderer.builder()
                .nodeRendererFactory(c -> NodeRenderer.of(NodeType.TRAILING, r -> {
                    c.renderDefault(NodeType.TRAILING, r);
                    assertThat(c.writer().document()).isNotNull();
                    c.writer().bodyParagraph("（此件公开发布）");
                }))
                .build();
        assertThat(DocxReportReader.standard().readLines(custom.renderToBytes(SampleReports.qingheJustice()), "c.docx"))
                .endsWith("（此件公开发布）");
    }

    @Test
    void theCallersStreamIsFlushedAndStaysOpen() throws IOException {
        boolean[] closed = {false};
        int[] flushed = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public void flush() {
                flushed[0]++;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        DocxRenderer.standard().render(SampleReports.qingheJustice(), out);
        assertThat(closed[0]).isFalse();
        assertThat(flushed[0]).isPositive();
        assertThat(DocxReportReader.standard().readLines(bytes.toByteArray(), "s.docx"))
                .contains("2025年1月20日");
    }

    @Test
    void aFailingStreamFailsTheRenderingWithItsIOException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        ReportGenerator g =
                new ReportGenerator(3, ReportGenerator.Options.defaults().withTargetSize(30_000));
        assertThatThrownBy(() -> DocxRenderer.standard().render(g.generate(0), broken))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
    }

    @Test
    void onlyTheLastParagraphCanBeChanged() {
        XmlParagraphs p = new XmlParagraphs(new java.io.StringWriter(), LayoutProfile.gbt9704());
        XmlParagraphs.Paragraph first = p.blankLine();
        p.blankLine();
        assertThatThrownBy(() -> p.keepWithNext(first)).isInstanceOf(IllegalStateException.class);
    }
}
