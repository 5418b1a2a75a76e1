package io.github.fazhi.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of literal strings, searched in one pass over a text: where each first occurs, as
 * {@code text.indexOf(literal)} gives it for each, without one pass per literal. Immutable and thread-safe.
 */
final class Literals {

    private final List<String> literals;
    private final Map<Character, int[]> byFirstChar;
    private final long[] firstChars = new long[1024];

    Literals(List<String> literals) {
        this.literals = List.copyOf(literals);
        Map<Character, List<Integer>> by = new HashMap<>();
        for (int i = 0; i < this.literals.size(); i++) {
            String l = this.literals.get(i);
            if (l.isEmpty()) {
                throw new IllegalArgumentException("an empty literal occurs everywhere");
            }
            char c = l.charAt(0);
            by.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            firstChars[c >>> 6] |= 1L << c;
        }
        Map<Character, int[]> m = new HashMap<>();
        by.forEach(
                (c, list) -> m.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        this.byFirstChar = Map.copyOf(m);
    }

    /** The literals, in the order given. */
    List<String> literals() {
        return literals;
    }

    /**
     * Where each literal first occurs in {@code text}, by the literal's index ({@code -1} where it does not):
     * {@code text.indexOf(literals().get(i))} for every {@code i}.
     */
    int[] firstIndexes(String text) {
        int[] at = new int[literals.size()];
        Arrays.fill(at, -1);
        int left = at.length;
        for (int i = 0; i < text.length() && left > 0; i++) {
            char c = text.charAt(i);
            if ((firstChars[c >>> 6] & (1L << c)) == 0) {
                continue;
            }
            for (int k : byFirstChar.get(c)) {
                if (at[k] < 0 && text.startsWith(literals.get(k), i)) {
                    at[k] = i;
                    left--;
                }
            }
        }
        return at;
    }
}
