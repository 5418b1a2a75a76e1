package io.github.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A line's commonest size, found by sorting, is the one counting in a map finds (ties to the larger). */
class FixedLayoutLineSizeTest {

    @Property(tries = 2000)
    void sortingFindsWhatCountingFinds(@ForAll java.util.Random random) {
        int n = 1 + random.nextInt(30);
        float[] sizes = {10f, 10.2f, 10.3f, 12f, 16f, 15.9f, 0f, 22f};
        List<FixedLayout.Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String text = random.nextInt(5) == 0 ? " " : "字";
            glyphs.add(new FixedLayout.Glyph(text, i * 10f, 100f, 10f, sizes[random.nextInt(sizes.length)], false));
        }
        FixedLayout.Line line = new FixedLayout.Line(1, 1, List.of(new FixedLayout.Word("x", glyphs)), 595f, 842f);
        assertThat(line.size()).isEqualTo(line.sizeByCounting());
    }
}
