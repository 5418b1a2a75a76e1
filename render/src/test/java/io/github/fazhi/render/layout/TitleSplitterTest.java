package io.github.fazhi.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleSplitterTest {

    private static final int LINE = 40; // 20 characters of 22 pt in the 156 mm type area

    @Test
    void shortTitleStaysOnOneLine() {
        assertThat(TitleSplitter.split("2024年法治政府建设年度报告", List.of(), LINE)).containsExactly("2024年法治政府建设年度报告");
    }

    @Test
    void breaksAfterTheIssuerIntoATrapezoid() {
        assertThat(TitleSplitter.split("清河市清河区司法局2024年法治政府建设年度报告", List.of("清河市清河区司法局"), LINE))
                .containsExactly("清河市清河区司法局", "2024年法治政府建设年度报告");
    }

    @Test
    void breaksBeforeGuanyuKeepingThePhraseWhole() {
        assertThat(TitleSplitter.split("清河市清河区人民政府关于2024年度法治政府建设情况的报告", List.of(), LINE))
                .containsExactly("清河市清河区人民政府", "关于2024年度法治政府建设情况的报告");
    }

    @Test
    void jointIssuersBreakBetweenTheNames() {
        List<String> lines = TitleSplitter.split("中共清河市清河区委员会 清河市清河区人民政府关于2024年法治政府建设情况的报告", List.of(), LINE);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join("", lines)).isEqualTo("中共清河市清河区委员会 清河市清河区人民政府关于2024年法治政府建设情况的报告");
        assertThat(lines).allMatch(l -> TextWidth.halfChars(l.strip()) <= LINE);
        assertThat(lines).noneMatch(l -> l.endsWith("关于") || l.startsWith("建设"));
    }

    @Test
    void veryLongTitleWrapsWithoutSplittingDigits() {
        String t = "清河市清河区某某某某某某某某某某某某某某某某某某某某某某某某某某管理委员会2024年工作";
        List<String> lines = TitleSplitter.split(t, List.of(), LINE);
        assertThat(String.join("", lines)).isEqualTo(t);
        assertThat(lines).allMatch(l -> TextWidth.halfChars(l) <= LINE);
        assertThat(lines).noneMatch(l -> l.endsWith("20") || l.endsWith("202"));
    }
}
