package io.github.fazhi.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of literal strings, searched in one pass over a text: where each first occurs, as
 * {@code text.indexOf(literal)} gives it for each, without one pass per literal. Immutable and thread-safe.
 */
final class Literals {

    private final List<String> literals;

    /** The distinct first chars of the literals, in order of first appearance. */
    private final char[] firstChars;

    /** By index in {@link #firstChars}: the indexes of the literals that start with that char, in order. */
    private final int[][] byFirstChar;

    Literals(List<String> literals) {
        this.literals = List.copyOf(literals);
        Map<Character, List<Integer>> by = new LinkedHashMap<>();
        for (int i = 0; i < this.literals.size(); i++) {
            String l = this.literals.get(i);
            if (l.isEmpty()) {
                throw new IllegalArgumentException("an empty literal occurs everywhere");
            }
            by.computeIfAbsent(l.charAt(0), k -> new ArrayList<>()).add(i);
        }
        firstChars = new char[by.size()];
        byFirstChar = new int[by.size()][];
        int g = 0;
        for (Map.Entry<Character, List<Integer>> e : by.entrySet()) {
            firstChars[g] = e.getKey();
            byFirstChar[g] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            g++;
        }
    }

    /** The literals, in the order given. */
    List<String> literals() {
        return literals;
    }

    /**
     * Where each literal first occurs in {@code text}, by the literal's index ({@code -1} where it does not):
     * {@code text.indexOf(literals().get(i))} for every {@code i}. The literals are tried where their first char
     * stands, found with {@link String#indexOf(int, int)} for each distinct first char (a report's text holds few
     * of them), until every literal of that char is found.
     */
    int[] firstIndexes(String text) {
        int[] at = new int[literals.size()];
        Arrays.fill(at, -1);
        for (int g = 0; g < firstChars.length; g++) {
            int[] group = byFirstChar[g];
            int left = group.length;
            for (int i = text.indexOf(firstChars[g]); i >= 0 && left > 0; i = text.indexOf(firstChars[g], i + 1)) {
                for (int k : group) {
                    if (at[k] < 0 && text.startsWith(literals.get(k), i)) {
                        at[k] = i;
                        left--;
                    }
                }
            }
        }
        return at;
    }
}
