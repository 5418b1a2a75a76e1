package io.github.fazhi.ofd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.paged.Fonts;
import io.github.fazhi.paged.GlyphCheckException;
import io.github.fazhi.paged.LaidOutReport;
import io.github.fazhi.paged.PagedRenderResult;
import io.github.fazhi.paged.SampleReports;
import io.github.fazhi.render.Renderers;
import io.github.fazhi.render.layout.FontFaces;
import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

class OfdRendererTest {

    static final LayoutProfile GB = LayoutProfile.gbt9704();
    static AnnualReport report;
    static byte[] ofd;
    static PagedRenderResult result;
    static Path file;

    @BeforeAll
    static void render() throws Exception {
        Fonts.assumeInstalled(GB);
        report = SampleReports.longReport();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = OfdRenderer.standard().renderWithResult(report, out);
        ofd = out.toByteArray();
        Path dir = Path.of("target", "ofd-preview");
        Files.createDirectories(dir);
        file = dir.resolve("sample-report.ofd");
        Files.write(file, ofd);
    }

    static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void isAValidPackageWithOfdXmlDocumentXmlAndPages() throws Exception {
        Map<String, byte[]> e = entries(ofd);
        assertThat(e).containsKeys("OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml");
        for (int i = 0; i < result.pages(); i++) {
            assertThat(e).containsKey("Doc_0/Pages/Page_" + i + "/Content.xml");
        }
        String ofdXml = new String(e.get("OFD.xml"), StandardCharsets.UTF_8);
        assertThat(ofdXml)
                .contains("<ofd:Title>" + report.title().orElseThrow().text() + "</ofd:Title>")
                .contains("<ofd:Author>" + String.join("、", report.metadata().issuers()) + "</ofd:Author>")
                .contains("<ofd:Creator>fazhi</ofd:Creator>");
        String document = new String(e.get("Doc_0/Document.xml"), StandardCharsets.UTF_8);
        // A4 in millimetres
        assertThat(document).containsPattern("PhysicalBox>0 0 210(\\.0+)? 297(\\.0+)?<");
        // every face it uses is embedded, as a subset much smaller than the font file
        List<String> fontFiles =
                e.keySet().stream().filter(n -> n.endsWith(".ttf")).toList();
        assertThat(fontFiles)
                .hasSize(new LinkedHashMap<>(Map.of()).size()
                        + result.faces().stream()
                                .map(u -> u.face())
                                .distinct()
                                .toList()
                                .size());
        for (String f : fontFiles) {
            assertThat(e.get(f).length).as(f).isLessThan(2_000_000);
        }
    }

    @Test
    void ofdrwOpensItAndItsTextHasTheTitleAndEveryHeading() throws Exception {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            assertThat(reader.getNumberOfPages()).isEqualTo(result.pages()).isGreaterThan(3);
            String text = String.join("", new ContentExtractor(reader).extractAll())
                    .replaceAll("\\s", "")
                    .replaceAll("—[0-9]+—", "");
            assertThat(text).contains(report.title().orElseThrow().text());
            for (Section s : report.allSections().toList()) {
                assertThat(text).contains((s.label() + s.heading()).replaceAll("\\s", ""));
            }
            assertThat(text)
                    .contains(report.sections().get(1).paragraphs().get(0).text());
        }
    }

    @Test
    void placesEveryGlyphWhereThePdfRendererDoes() throws Exception {
        LaidOutReport laid = OfdRenderer.standard().layOut(report);
        String content = new String(entries(ofd).get("Doc_0/Pages/Page_1/Content.xml"), StandardCharsets.UTF_8);
        LaidOutReport.Run first = laid.pages().get(1).runs().get(0);
        // the first run of page 2 at its x and baseline, in millimetres
        String x = String.valueOf(Math.round(first.x()[0] * 25.4 / 72 * 1000) / 1000.0);
        assertThat(content).contains(first.text()).contains("X=\"" + x.replaceAll("0+$", ""));
        assertThat(content).contains("DeltaX=");
    }

    @Test
    void aFontLackingACharacterIsAGlyphCheckErrorNamingIt() {
        Path latinOnly = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(latinOnly), "fonts-liberation not installed");
        LayoutProfile p = GB.toBuilder()
                .heading2(new LayoutProfile.Font("二级标题测试字体", "Times New Roman", 32, false))
                .faces(FontFaces.standard().withPath("二级标题测试字体", latinOnly))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> OfdRenderer.builder().layout(p).build().render(SampleReports.qingheJustice(), out))
                .isInstanceOf(GlyphCheckException.class)
                .hasMessageContaining("Liberation Serif")
                .hasMessageContaining("坚")
                .satisfies(e -> assertThat(((GlyphCheckException) e).role()).isEqualTo(FontRole.HEADING_2));
        assertThat(out.size()).isZero();
    }

    @Test
    void isFoundByFormatId() {
        assertThat(Renderers.forFormat("ofd")).isInstanceOf(OfdRenderer.class);
        List<String> ids = new ArrayList<>(Renderers.formats());
        assertThat(ids).contains("ofd");
    }
}
