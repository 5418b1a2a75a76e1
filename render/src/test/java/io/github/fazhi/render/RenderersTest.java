package io.github.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.render.html.HtmlRenderer;
import io.github.fazhi.render.markdown.MarkdownRenderer;
import io.github.fazhi.render.text.TextRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void serviceLoaderFindsTextMarkdownAndHtml() {
        assertThat(Renderers.formats()).containsExactly("html", "markdown", "text");
        assertThat(Renderers.forFormat("text")).isInstanceOf(TextRenderer.class);
        assertThat(Renderers.forFormat("markdown")).isInstanceOf(MarkdownRenderer.class);
        assertThat(Renderers.forFormat("html")).isInstanceOf(HtmlRenderer.class);
        assertThat(Renderers.forFormat("HTML").formatId()).isEqualTo("html");
        assertThat(Renderers.availableFormats())
                .containsExactly(RenderFormat.HTML, RenderFormat.MARKDOWN, RenderFormat.TEXT);
    }

    @Test
    void theRenderersFoundRenderLikeTheDefaultOnes() {
        assertThat(((TextReportRenderer) Renderers.forFormat("html")).renderToString(SampleReports.sample()))
                .isEqualTo(HtmlRenderer.builder().build().renderToString(SampleReports.sample()));
        assertThat(Renderers.find("markdown")).isPresent();
        assertThat(Renderers.find("pdf")).isEmpty();
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        assertThatThrownBy(() -> Renderers.forFormat("pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOf(UnknownFormatException.class)
                .hasMessage("未知的输出格式“pdf”；可用的格式：html、markdown、text")
                .satisfies(e -> {
                    UnknownFormatException u = (UnknownFormatException) e;
                    assertThat(u.formatId()).isEqualTo("pdf");
                    assertThat(u.knownFormats()).containsExactly("html", "markdown", "text");
                    assertThat(u.message(Locale.ENGLISH))
                            .isEqualTo("unknown output format \"pdf\"; known formats: html, markdown, text");
                    assertThat(u.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(u.getMessage());
                });
    }

    @Test
    void findsTheFormatOfAFileName() {
        assertThat(Renderers.formatForFileName("out/report.MD")).contains(RenderFormat.MARKDOWN);
        assertThat(Renderers.formatForFileName("report.html")).contains(RenderFormat.HTML);
        assertThat(Renderers.formatForFileName("report.txt")).contains(RenderFormat.TEXT);
        assertThat(Renderers.formatForFileName("report.docx")).isEqualTo(Optional.empty());
    }

    @Test
    void formatsDescribeThemselves() {
        RenderFormat docx = RenderFormat.binary(
                "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
        assertThat(docx.isText()).isFalse();
        assertThat(docx.contentType()).isEqualTo(docx.mediaType());
        assertThat(RenderFormat.MARKDOWN.isText()).isTrue();
        assertThat(RenderFormat.MARKDOWN.contentType()).isEqualTo("text/markdown; charset=UTF-8");
        for (List<String> bad :
                List.of(List.of("Docx", "a/b", "x"), List.of("docx", "a/b; q=1", "x"), List.of("docx", "a/b", ".x"))) {
            assertThatThrownBy(() -> RenderFormat.binary(bad.get(0), bad.get(1), bad.get(2)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
