package io.github.fazhi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeType;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.RendererProvider;
import io.github.fazhi.render.Renderers;
import io.github.fazhi.render.ReportRenderer;
import io.github.fazhi.render.layout.LayoutProfile;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class DocxRendererSpiTest {

    private static final AnnualReport SAMPLE = SampleReports.qingheJustice();

    @Test
    void docxIsFoundByServiceLoaderLikeTheOtherFormats() {
        assertThat(ServiceLoader.load(RendererProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(DocxRendererProvider.class);
        assertThat(Renderers.formats()).contains("docx", "text", "markdown", "html");
        ReportRenderer docx = Renderers.forFormat("DOCX");
        assertThat(docx).isInstanceOf(DocxRenderer.class);
        assertThat(docx.format().fileExtension()).isEqualTo("docx");
        assertThat(docx.format().isText()).isFalse();
        assertThat(docx.format().contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(Renderers.formatForFileName("报告.docx")).contains(DocxRenderer.FORMAT);
        byte[] bytes = docx.renderToBytes(SAMPLE);
        assertThat(DocxReportReader.standard()
                        .read(bytes, "spi.docx")
                        .title()
                        .orElseThrow()
                        .text())
                .isEqualTo(SAMPLE.title().orElseThrow().text());
    }

    @Test
    void docxExtensionsConfigureTheDocxRendererAndOthersAreIgnored() {
        DocxRendererExtension web = b -> b.webVersion().layout(LayoutProfile.localPlainFonts());
        RendererExtension foreign = new RendererExtension() {};
        DocxRenderer docx = (DocxRenderer) Renderers.forFormat("docx", List.of(foreign, web));
        assertThat(docx.layout().addresseeLine()).isFalse();
        assertThat(docx.layout().body().eastAsia()).isEqualTo("仿宋");
        assertThat(new DocxXml(docx.renderToBytes(SAMPLE)).text("word/document.xml"))
                .doesNotContain("区委、区政府：");
    }

    @Test
    void anAppReplacesOneNodesRenderingAndFallsBackToTheDefault() {
        DocxRenderer docx = DocxRenderer.builder()
                .nodeRendererFactory(c -> NodeRenderer.of(NodeType.HEADER_LINE, line -> {
                    if (line.kind() != HeaderLineKind.ADDRESSEE) {
                        c.renderDefault(NodeType.HEADER_LINE, line);
                    }
                }))
                .nodeRendererFactory(c -> NodeRenderer.of(NodeType.TRAILING, r -> {
                    c.renderDefault(NodeType.TRAILING, r);
                    c.writer().bodyParagraph("（此件公开发布）");
                }))
                .nodeRendererFactory(c -> NodeRenderer.of(NodeType.TRAILING, r -> {
                    throw new AssertionError("the first factory for a node type wins");
                }))
                .build();
        List<String> lines = DocxReportReader.standard().readLines(docx.renderToBytes(SAMPLE), "x.docx");
        assertThat(lines).doesNotContain("区委、区政府：");
        assertThat(lines).endsWith("2025年1月20日", "（此件公开发布）");
    }

    @Test
    void renderersAreImmutableAndShareable() throws Exception {
        DocxRenderer r = DocxRenderer.standard();
        byte[][] out = new byte[4][];
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            int k = i;
            threads[i] = new Thread(() -> out[k] = r.renderToBytes(SAMPLE));
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (byte[] b : out) {
            assertThat(DocxReportReader.standard().readLines(b, "t.docx"))
                    .isEqualTo(DocxReportReader.standard().readLines(out[0], "t.docx"));
        }
    }

    @Test
    void webAndSubmissionVersionsSetTheAddresseeLine() {
        LayoutProfile web =
                LayoutProfile.gbt9704().toBuilder().addresseeLine(false).build();
        assertThat(DocxRenderer.builder().webVersion().build().layout().addresseeLine())
                .isFalse();
        assertThat(DocxRenderer.builder()
                        .layout(web)
                        .submissionVersion()
                        .build()
                        .layout()
                        .addresseeLine())
                .isTrue();
    }
}
