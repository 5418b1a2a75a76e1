package io.github.fazhi.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.docx.internal.StylesXml;
import io.github.fazhi.render.layout.LayoutProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The styles part is parsed once per layout and copied into each document ({@link StylesXml#parsed}); building
 * and parsing it for each document ({@link StylesXml#parse}) stays the reference: both write the same
 * {@code word/styles.xml}, byte for byte.
 */
class StylesPartCacheTest {

    @Test
    void aCopyOfTheParsedStylesWritesWhatAFreshParseWrites() throws IOException {
        for (LayoutProfile layout : List.of(LayoutProfile.gbt9704(), LayoutProfile.localPlainFonts())) {
            byte[] reference = stylesPart(() -> StylesXml.parse(layout));
            assertThat(new String(reference, java.nio.charset.StandardCharsets.UTF_8))
                    .contains("w:styleId=\"Normal\"");
            for (int i = 0; i < 3; i++) {
                assertThat(stylesPart(() -> StylesXml.parsed(layout))).isEqualTo(reference);
            }
        }
    }

    @Test
    void renderedDocumentsCarryTheReferenceStyles() throws IOException {
        for (LayoutProfile layout : List.of(LayoutProfile.gbt9704(), LayoutProfile.localPlainFonts())) {
            byte[] reference = stylesPart(() -> StylesXml.parse(layout));
            DocxRenderer renderer = DocxRenderer.builder().layout(layout).build();
            for (int i = 0; i < 2; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                renderer.render(SampleReports.qingheJustice(), out);
                assertThat(DocxXml.unzip(out.toByteArray()).get("word/styles.xml"))
                        .isEqualTo(reference);
            }
        }
    }

    @Test
    void aCopyIsTheDocumentsOwn() {
        LayoutProfile layout = LayoutProfile.gbt9704();
        var a = StylesXml.parsed(layout);
        int styles = a.sizeOfStyleArray();
        a.removeStyle(0);
        assertThat(StylesXml.parsed(layout).sizeOfStyleArray()).isEqualTo(styles);
    }

    private static byte[] stylesPart(
            java.util.function.Supplier<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles> styles)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(styles.get());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return DocxXml.unzip(out.toByteArray()).get("word/styles.xml");
        }
    }
}
