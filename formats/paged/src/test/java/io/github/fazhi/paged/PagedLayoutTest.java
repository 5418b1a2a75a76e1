package io.github.fazhi.paged;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.paged.LaidOutReport.Page;
import io.github.fazhi.paged.LaidOutReport.Run;
import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagedLayoutTest {

    static LaidOutReport laid;

    @BeforeAll
    static void layOut() {
        Fonts.assumeInstalled(LayoutProfile.gbt9704());
        laid = PagedLayout.layout(
                SampleReports.longReport(), LayoutProfile.gbt9704(), FontLibrary.system(), List.of(), Locale.CHINA);
    }

    /** The text lines of a page's body, by baseline, each as the string of its characters in x order. */
    static List<String> lines(Page page) {
        Map<Long, StringBuilder> byBaseline = new TreeMap<>();
        for (Run r : page.runs()) {
            if (r.node() >= 0) {
                byBaseline
                        .computeIfAbsent(Math.round(r.baseline() * 10), k -> new StringBuilder())
                        .append(r.text());
            }
        }
        List<String> out = new ArrayList<>();
        byBaseline.values().forEach(b -> out.add(b.toString()));
        return out;
    }

    @Test
    void fullPagesHold22LinesOfAtMost28Characters() {
        assertThat(laid.pages()).hasSizeGreaterThan(3);
        double pitch = LayoutProfile.gbt9704().charPitchPoints();
        for (Page p : laid.pages()) {
            assertThat(p.lines()).isLessThanOrEqualTo(22);
            Map<Long, double[]> extent = new TreeMap<>();
            for (Run r : p.runs()) {
                if (r.node() >= 0) {
                    extent.merge(Math.round(r.baseline() * 10), new double[] {r.x()[0], r.end()}, (a, b) ->
                            new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                }
            }
            // a line takes at most 28 grid characters: where a 29th would be a closing mark, punctuation in the
            // line is compressed (its blank half), so the line is no wider than 28 characters
            for (double[] e : extent.values()) {
                assertThat((e[1] - e[0]) / pitch).as("page %d", p.number()).isLessThanOrEqualTo(28.001);
            }
        }
        assertThat(laid.pages().stream().filter(p -> p.lines() == 22)).isNotEmpty();
        // a full page of body text: 22 lines, most of them 28 characters wide
        Page full = laid.pages().get(1);
        assertThat(full.lines()).isEqualTo(22);
        assertThat(lines(full).stream().filter(l -> io.github.fazhi.render.layout.TextWidth.halfChars(l) >= 52))
                .hasSizeGreaterThan(10);
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() {
        for (Page p : laid.pages()) {
            for (String line : lines(p)) {
                assertThat(LineBreaker.NO_START.indexOf(line.codePointAt(0)))
                        .as("page %d line starts with a closing mark: %s", p.number(), line)
                        .isNegative();
                assertThat(LineBreaker.NO_END.indexOf(line.codePointBefore(line.length())))
                        .as("page %d line ends with an opening mark: %s", p.number(), line)
                        .isNegative();
            }
        }
    }

    @Test
    void nothingStandsInTheMargins() {
        double left = LayoutProfile.gbt9704().marginLeftTwips() / 20.0;
        double right = (LayoutProfile.gbt9704().paperWidthTwips()
                        - LayoutProfile.gbt9704().marginRightTwips())
                / 20.0;
        for (Page p : laid.pages()) {
            for (Run r : p.runs()) {
                assertThat(r.x()[0]).as("%s", r).isGreaterThanOrEqualTo(left - 0.01);
                assertThat(r.end()).as("%s", r).isLessThanOrEqualTo(right + 0.01);
            }
        }
    }

    @Test
    void pageNumbersAlternateSides() {
        double middle = laid.pageWidth() / 2;
        for (Page p : laid.pages()) {
            Run number = p.runs().stream()
                    .filter(r -> r.node() < 0)
                    .reduce((a, b) -> b)
                    .orElseThrow();
            String text =
                    p.runs().stream().filter(r -> r.node() < 0).map(Run::text).reduce("", String::concat);
            assertThat(text).isEqualTo("—" + p.number() + "—");
            if (p.number() % 2 == 1) {
                assertThat(number.end()).isGreaterThan(middle);
            } else {
                assertThat(number.x()[0]).isLessThan(middle);
            }
        }
    }

    @Test
    void saysWhichFaceItUsedForEachRole() {
        assertThat(laid.faces()).extracting(FaceUse::role).contains(FontRole.TITLE, FontRole.BODY, FontRole.HEADING_1);
        for (FaceUse use : laid.faces()) {
            assertThat(use.face().embeddable()).isTrue();
        }
    }
}
