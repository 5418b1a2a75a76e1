package io.github.fazhi.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Id assignment and span removal for lists of blocks, whatever their types. */
final class Blocks {

    private Blocks() {}

    /**
     * {@code blocks} with ids {@code container + "." + prefix + n}, counted per block type
     * ({@code s1.p1, s1.f1, s1.p2}); with an empty container, {@code prefix + n}.
     */
    static List<Block> withIds(List<? extends Block> blocks, String container) {
        List<Block> out = new ArrayList<>(blocks.size());
        Map<String, Integer> counts = new HashMap<>(4);
        for (Block b : blocks) {
            String prefix = b.idPrefix();
            int n = counts.merge(prefix, 1, Integer::sum);
            out.add(b.withId(container + prefix + n));
        }
        return List.copyOf(out);
    }

    static List<Block> withoutSpans(List<? extends Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(b.withoutSpan());
        }
        return List.copyOf(out);
    }
}
