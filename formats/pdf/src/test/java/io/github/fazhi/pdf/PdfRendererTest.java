package io.github.fazhi.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.paged.FaceUse;
import io.github.fazhi.paged.GlyphCheckException;
import io.github.fazhi.paged.PagedRenderResult;
import io.github.fazhi.paged.SampleReports;
import io.github.fazhi.pdf.PdfLines.Line;
import io.github.fazhi.render.Renderers;
import io.github.fazhi.render.layout.FontFaces;
import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    static final LayoutProfile GB = LayoutProfile.gbt9704();
    static AnnualReport report;
    static byte[] pdf;
    static PagedRenderResult result;

    @BeforeAll
    static void render() throws Exception {
        io.github.fazhi.paged.Fonts.assumeInstalled(GB);
        report = SampleReports.longReport();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = PdfRenderer.builder()
                .clock(Clock.fixed(Instant.parse("2025-01-20T08:00:00Z"), ZoneOffset.UTC))
                .build()
                .renderWithResult(report, out);
        pdf = out.toByteArray();
        Path dir = Path.of("target", "pdf-preview");
        Files.createDirectories(dir);
        Files.write(dir.resolve("sample-report.pdf"), pdf);
    }

    @Test
    void isA4AndEmbedsEveryFontItUsesAsASubset() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(result.pages()).isGreaterThan(3);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.1f));
                assertThat(page.getMediaBox().getHeight())
                        .isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.1f));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    // a subset's name starts with six capital letters and a plus sign
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                }
            }
        }
    }

    @Test
    void textExtractsWithTheTitleAndEveryHeading() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // without white space and page numbers, which stand between the lines of a paragraph over two pages
            String text =
                    new PDFTextStripper().getText(doc).replaceAll("\\s", "").replaceAll("—[0-9]+—", "");
            assertThat(text).contains(report.title().orElseThrow().text());
            for (Section s : report.allSections().toList()) {
                assertThat(text).contains((s.label() + s.heading()).replaceAll("\\s", ""));
            }
            // every character of the body, in order
            assertThat(text)
                    .contains(report.sections()
                            .get(0)
                            .subsections()
                            .get(0)
                            .paragraphs()
                            .get(0)
                            .text()
                            .replaceAll("\\s", ""));
        }
    }

    @Test
    void pdftotextExtractsTheTitleAndEveryHeading() throws Exception {
        Path file = Path.of("target", "pdf-preview", "sample-report.pdf");
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("pdftotext (poppler-utils) is not installed");
            return;
        }
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        String flat = text.replaceAll("\\s", "").replaceAll("—[0-9]+—", "");
        assertThat(flat).contains(report.title().orElseThrow().text());
        for (Section s : report.allSections().toList()) {
            assertThat(flat).contains((s.label() + s.heading()).replaceAll("\\s", ""));
        }
        // page numbers as printed, one per page
        for (int n = 1; n <= result.pages(); n++) {
            assertThat(text).contains("— " + n + " —");
        }
    }

    @Test
    void fullPagesHold22LinesOfAtMost28CharactersAndPageNumbersAlternate() throws Exception {
        double pitch = GB.charPitchPoints();
        double left = GB.marginLeftTwips() / 20.0;
        double right = (GB.paperWidthTwips() - GB.marginRightTwips()) / 20.0;
        double typeBottom = (GB.paperHeightTwips() - GB.marginBottomTwips()) / 20.0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<Line>> pages = PdfLines.of(doc);
            int full = 0;
            for (int p = 0; p < pages.size(); p++) {
                List<Line> body = new ArrayList<>();
                Line number = null;
                for (Line l : pages.get(p)) {
                    if (l.y() > typeBottom) {
                        number = l;
                    } else {
                        body.add(l);
                    }
                }
                assertThat(body).hasSizeLessThanOrEqualTo(22);
                if (body.size() == 22) {
                    full++;
                }
                double firstBaseline = body.get(0).y();
                for (Line l : body) {
                    // every line of body text stands on the grid: one of 22 lines a line pitch apart (the title's
                    // larger characters on page 1 sit lower in their lines)
                    double k = (l.y() - firstBaseline) / GB.linePitchPoints();
                    if (p > 0) {
                        assertThat(k - Math.round(k)).isCloseTo(0, org.assertj.core.data.Offset.offset(0.01));
                    }
                    assertThat(Math.round(k)).isLessThan(22);
                    assertThat(l.left()).as("page %d: %s", p + 1, l.text()).isGreaterThanOrEqualTo(left - 0.5);
                    assertThat(l.right()).as("page %d: %s", p + 1, l.text()).isLessThanOrEqualTo(right + 0.5);
                    assertThat((l.right() - l.left()) / pitch).isLessThanOrEqualTo(28.02);
                }
                assertThat(number).as("page %d has a number", p + 1).isNotNull();
                assertThat(number.text().replace(" ", "")).isEqualTo("—" + (p + 1) + "—");
                double indent = GB.pageNumber().points();
                if ((p + 1) % 2 == 1) {
                    assertThat(number.right()).isCloseTo(right - indent, org.assertj.core.data.Offset.offset(1.0));
                } else {
                    assertThat(number.left()).isCloseTo(left + indent, org.assertj.core.data.Offset.offset(1.0));
                }
            }
            // blank lines have no text and a heading keeps with the line after it, so not every page shows 22
            assertThat(full).isGreaterThanOrEqualTo(pages.size() / 2);
            // a body page's lines are 28 characters wide: the grid is full
            long wide = pages.get(1).stream()
                    .filter(l -> (l.right() - l.left()) / pitch > 27.5)
                    .count();
            assertThat(wide).isGreaterThan(12);
        }
    }

    @Test
    void hasMetadataLanguageAndATaggedStructureInReadingOrder() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(report.title().orElseThrow().text());
            assertThat(info.getAuthor())
                    .isEqualTo(String.join("、", report.metadata().issuers()));
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2025-01-20T08:00:00Z"));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            List<String> tags = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags).startsWith("Document", "H1");
            assertThat(tags).contains("H2", "H3", "P");
            assertThat(tags.indexOf("H2")).isLessThan(tags.lastIndexOf("P"));
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).isNotEmpty();
        }
    }

    private static void collect(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStructureType());
                collect(e, tags);
            }
        }
    }

    @Test
    void saysWhichFaceItUsedForEachRole() {
        Set<FontRole> roles = new HashSet<>();
        for (FaceUse use : result.faces()) {
            roles.add(use.role());
            assertThat(use.face().embeddable()).isTrue();
        }
        assertThat(roles)
                .contains(FontRole.TITLE, FontRole.BODY, FontRole.HEADING_1, FontRole.HEADING_2, FontRole.PAGE_NUMBER);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aFontLackingACharacterIsAGlyphCheckErrorNamingIt() throws Exception {
        Path latinOnly = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(latinOnly), "fonts-liberation not installed");
        LayoutProfile p = GB.toBuilder()
                .body(new LayoutProfile.Font("正文测试字体", "Times New Roman", 32, false))
                .faces(FontFaces.standard().withPath("正文测试字体", latinOnly))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> PdfRenderer.builder().layout(p).build().render(SampleReports.qingheJustice(), out))
                .isInstanceOf(GlyphCheckException.class)
                .hasMessageContaining("Liberation Serif")
                .hasMessageContaining("区")
                .hasMessageContaining("U+533A")
                .satisfies(e -> assertThat(((GlyphCheckException) e).role()).isEqualTo(FontRole.BODY));
        assertThat(out.size()).as("nothing written").isZero();
        assertThatThrownBy(() -> PdfRenderer.builder()
                        .layout(p)
                        .locale(Locale.ENGLISH)
                        .build()
                        .render(SampleReports.qingheJustice(), out))
                .hasMessageContaining("has no glyph for");
    }

    @Test
    void orFallsBackWithAWarningWhenTheAppChoseSo() throws Exception {
        Path latinOnly = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(latinOnly), "fonts-liberation not installed");
        LayoutProfile p = GB.toBuilder()
                .body(new LayoutProfile.Font("正文测试字体", "Times New Roman", 32, false))
                .faces(FontFaces.standard().withPath("正文测试字体", latinOnly))
                .glyphPolicy(LayoutProfile.GlyphPolicy.WARN_AND_FALL_BACK)
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PagedRenderResult r =
                PdfRenderer.builder().layout(p).build().renderWithResult(SampleReports.qingheJustice(), out);
        assertThat(r.warnings()).isNotEmpty();
        assertThat(r.warnings().get(0).lacking().name()).isEqualTo("Liberation Serif");
        assertThat(r.warnings().get(0).message()).contains("Liberation Serif").contains("已改用");
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains("局党组把学习贯彻习近平法治思想列为首要政治任务");
        }
    }

    @Test
    void pdfAOptionAddsXmpAndAnSrgbOutputIntent() throws Exception {
        byte[] a = PdfRenderer.builder().pdfA(true).build().renderToBytes(SampleReports.qingheJustice());
        try (PDDocument doc = Loader.loadPDF(a)) {
            String xmp = new String(
                    doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("pdfaid:part")
                    .contains(">2<")
                    .contains("pdfaid:conformance")
                    .contains(">B<");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(doc.getDocumentCatalog().getOutputIntents().get(0).getOutputConditionIdentifier())
                    .isEqualTo("sRGB IEC61966-2.1");
            assertThat(doc.getDocument().getTrailer().getCOSArray(COSName.ID)).isNotNull();
        }
    }

    @Test
    void signOffIsUnsealedOrSealedAsTheProfileSays() {
        double pitch = GB.charPitchPoints();
        double right = (GB.paperWidthTwips() - GB.marginRightTwips()) / 20.0;
        AnnualReport r = SampleReports.qingheJustice();
        for (LayoutProfile.SignOffLayout layout : LayoutProfile.SignOffLayout.values()) {
            var laid = PdfRenderer.builder()
                    .layout(GB.toBuilder().signOffLayout(layout).build())
                    .build()
                    .layOut(r);
            var last = laid.pages().get(laid.pages().size() - 1).runs().stream()
                    .filter(run -> run.node() >= 0)
                    .toList();
            // the last two lines: the issuer, then the date (runs of one line share a baseline)
            double dateBaseline = last.get(last.size() - 1).baseline();
            var date = last.stream().filter(x -> x.baseline() == dateBaseline).toList();
            double nameBaseline = last.stream()
                    .filter(x -> x.baseline() < dateBaseline)
                    .mapToDouble(io.github.fazhi.paged.LaidOutReport.Run::baseline)
                    .max()
                    .orElseThrow();
            var name = last.stream().filter(x -> x.baseline() == nameBaseline).toList();
            double nameLeft = name.get(0).x()[0];
            double nameRight = name.get(name.size() - 1).end();
            double dateLeft = date.get(0).x()[0];
            double dateRight = date.get(date.size() - 1).end();
            assertThat(name.stream().map(x -> x.text()).reduce("", String::concat))
                    .isEqualTo("清河市清河区司法局");
            if (layout == LayoutProfile.SignOffLayout.UNSEALED) {
                // §7.3.5.2: the name 2 characters in from the right, the date 2 characters right of its start
                assertThat((right - nameRight) / pitch).isCloseTo(2, org.assertj.core.data.Offset.offset(0.05));
                assertThat((dateLeft - nameLeft) / pitch).isCloseTo(2, org.assertj.core.data.Offset.offset(0.05));
                assertThat(dateBaseline - nameBaseline)
                        .isCloseTo(GB.linePitchPoints(), org.assertj.core.data.Offset.offset(0.01));
            } else {
                // §7.3.5.1: the date 4 characters in from the right, the name centred over it (to half a character)
                assertThat((right - dateRight) / pitch).isCloseTo(4, org.assertj.core.data.Offset.offset(0.05));
                assertThat(((nameLeft + nameRight) - (dateLeft + dateRight)) / 2 / pitch)
                        .isCloseTo(0, org.assertj.core.data.Offset.offset(0.5));
            }
        }
    }

    @Test
    void isFoundByFormatId() {
        assertThat(Renderers.forFormat("pdf")).isInstanceOf(PdfRenderer.class);
        assertThat(Renderers.formats()).contains("pdf");
    }
}
