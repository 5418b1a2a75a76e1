package io.github.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the structure reader's bounds (sections, paragraphs, line length), configurable on its builder,
 * with defaults far above any real report and a clear error past them; and a file of nothing but invisible
 * characters is the empty-input error, not a one-paragraph report.
 */
class StructureReaderLimitsTest {

    private static SourceDocument document(List<String> texts) {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(SourceLine.of(
                    texts.get(i), SourceSpan.ofLine(i + 1, 1, texts.get(i).length())));
        }
        return new SourceDocument("big.txt", "text", lines, DocumentInfo.NONE);
    }

    private static List<String> numbered(int n) {
        List<String> out = new ArrayList<>(n + 1);
        out.add("清河市清河区司法局2025年法治政府建设年度报告");
        for (int i = 0; i < n; i++) {
            out.add("（" + (i % 9 + 1) + "）依法行政第" + i + "段，推进法治政府建设。");
        }
        return out;
    }

    @Test
    void theDefaultsReadTheIssuesThirtyTwoThousandSectionFile() {
        AnnualReport report = StructureReader.standard().read(document(numbered(32_000)));
        assertThat(report.sections()).hasSize(32_000);
    }

    @Test
    void moreSectionsThanTheLimitAreRefusedWithTheLimitNamed() {
        StructureReader reader = StructureReader.builder().maxSections(1_000).build();
        assertThat(reader.read(document(numbered(1_000))).sections()).hasSize(1_000);
        assertThatThrownBy(() -> reader.read(document(numbered(1_001))))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("big.txt: 有 1001 个标题（各级合计），超过 1000 个的上限，不像一份年度报告（上限可在 StructureReader.builder() 中调整）");
    }

    @Test
    void moreParagraphsThanTheLimitAreRefusedInEnglishToo() {
        StructureReader reader = StructureReader.builder()
                .maxParagraphs(100)
                .locale(Locale.ENGLISH)
                .build();
        assertThatThrownBy(() -> reader.read(document(numbered(100))))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("big.txt: 101 paragraphs (lines), more than the limit of 100: this is not an annual report"
                        + " (the limit is set on StructureReader.builder())");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedAtItsPlace() {
        List<String> texts = numbered(3);
        texts.set(2, "推进依法行政。".repeat(200));
        StructureReader reader = StructureReader.builder().maxLineLength(1_000).build();
        assertThatThrownBy(() -> reader.read(document(texts))).isInstanceOfSatisfying(ReportReadException.class, e -> {
            assertThat(e.getMessage()).startsWith("big.txt: line 3, column 1: 这一段有 1400 个字符，超过 1000 个字符的上限");
            assertThat(e.span()).hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(3));
        });
    }

    @Test
    void theDefaultLineLimitTakesATenMegabyteParagraph() {
        List<String> texts = numbered(2);
        texts.add("依法行政。".repeat(800_000)); // 4 million characters, 12 MB in UTF-8
        AnnualReport report = StructureReader.standard().read(document(texts));
        assertThat(report.sections()).hasSize(2);
        assertThat(report.sections().get(1).blocks())
                .anySatisfy(b -> assertThat(b.text()).hasSize(4_000_000));
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> StructureReader.builder().maxSections(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StructureReader.builder().maxParagraphs(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StructureReader.builder().maxLineLength(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileOfNothingButInvisibleCharactersIsTheEmptyInputError() {
        for (String invisible : List.of(
                "\u200B\u200B\u200B",
                "\u0085",
                "\u200B\n\u0085\n\u00A0\u3000\n",
                "\uFEFF",
                "\u2060\u200C\u200D\u200E\u200F\n\u3164")) {
            assertThatThrownBy(() -> PlainTextReader.standard().read(invisible, "blank.txt"))
                    .as(
                            "%s",
                            invisible
                                    .codePoints()
                                    .mapToObj(Integer::toHexString)
                                    .toList())
                    .isInstanceOf(ReportReadException.class)
                    .hasMessage("blank.txt: 没有可读的文本：输入为空或只有空白");
        }
        byte[] doubleBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'};
        assertThatThrownBy(() -> PlainTextReader.standard().read(doubleBom, "bom.txt"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("bom.txt: 没有可读的文本：输入为空或只有空白");
        byte[] nel = "\u200B\u0085\u200B".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Readers.read(nel, "nel.txt", ReadOptions.defaults()))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("nel.txt: 没有可读的文本：输入为空或只有空白");
    }

    @Test
    void invisibleCharactersBesideTextAreKept() {
        AnnualReport report = PlainTextReader.standard().read("\u200B\n清河市清河区司法局2025年法治政府建设年度报告\n", "r.txt");
        assertThat(report.title().orElseThrow().text()).contains("清河区司法局");
    }
}
