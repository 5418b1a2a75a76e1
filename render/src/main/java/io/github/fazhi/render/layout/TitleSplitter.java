package io.github.fazhi.render.layout;

import io.github.fazhi.core.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a long title over lines at phrase boundaries, the way GB/T 9704-2012 §7.3.1 asks: phrases kept
 * intact, lines symmetrical, the block a trapezoid (a short line over a longer one) or a diamond (the middle
 * line longest).
 *
 * <p>Break candidates, each between two phrases: before {@code 关于}; after the issuer (a name from the
 * metadata at the title's start, or the first organ name ending in 政府, 局, 委员会, 办公室 …); before the year
 * ({@code 2024年}) unless {@code 关于} stands right before it; before {@code 法治政府建设}; after a space between
 * joint issuers; and before the document kind ({@code 情况的报告}, {@code 年度报告} …). Breaking after the
 * issuer (or before 关于) costs nothing, the others cost more and are taken only when the issuer break leaves
 * a line too long: the issuer on its own line above {@code 关于2024年法治政府建设情况的报告} is the form officials
 * print most, and the one every reader (ours included) recognises as a title split over lines. Among the
 * splits into 2, then 3, then 4 lines whose lines all fit, the cheapest wins, cost being the boundaries' cost
 * plus how far the shape is from a trapezoid (short line over a longer one) or a diamond; when no split at
 * phrase boundaries fits, the title is wrapped at the line width without breaking a run of digits.
 */
public final class TitleSplitter {

    /** An organ's name ending before a space, 关于 or the year: where the issuer ends in a title. */
    private static final Pattern ORGAN = Pattern.compile("(" + Lexicon.alternation(Lexicon.TITLE_ORGAN_SUFFIXES)
            + ")(?=\\s|" + Pattern.quote(Lexicon.ABOUT) + "|" + Lexicon.YEAR.pattern() + ")");

    private static final Pattern YEAR = Lexicon.YEAR;
    /** The document kind a title ends with, longer than 报告 alone: a title may break before it. */
    private static final Pattern KIND = Pattern.compile("("
            + Lexicon.alternation(
                    Lexicon.TITLE_KINDS.stream().filter(k -> k.length() > 3).toList())
            + ")$");

    private TitleSplitter() {}

    /**
     * The lines to print {@code title} on.
     *
     * @param title the title on one line
     * @param issuers known issuer names, to break after
     * @param maxHalfChars the width of a line in half characters
     */
    public static List<String> split(String title, List<String> issuers, int maxHalfChars) {
        if (TextWidth.halfChars(title) <= maxHalfChars || title.length() < 2) {
            return List.of(title);
        }
        TreeMap<Integer, Integer> cost = candidates(title, issuers);
        List<Integer> positions = new ArrayList<>(cost.keySet());
        for (int lines = 2; lines <= 4; lines++) {
            Optional<List<String>> best = best(title, positions, cost, lines, maxHalfChars);
            if (best.isPresent()) {
                return best.get();
            }
        }
        return wrap(title, maxHalfChars);
    }

    static TreeMap<Integer, Integer> candidates(String title, List<String> issuers) {
        TreeMap<Integer, Integer> c = new TreeMap<>();
        int guan = title.indexOf("关于");
        if (guan > 0) {
            c.put(guan, 0);
        }
        for (String issuer : issuers) {
            if (!issuer.isEmpty() && title.startsWith(issuer) && issuer.length() < title.length()) {
                c.put(issuer.length(), 0);
            }
        }
        Matcher organ = ORGAN.matcher(title);
        while (organ.find()) {
            c.putIfAbsent(organ.end(), 0);
        }
        for (int i = 1; i < title.length(); i++) {
            if (Character.isWhitespace(title.charAt(i - 1)) && !Character.isWhitespace(title.charAt(i))) {
                c.putIfAbsent(i, 0);
            }
        }
        Matcher year = YEAR.matcher(title);
        while (year.find()) {
            if (year.start() > 0 && !title.startsWith("关于", Math.max(0, year.start() - 2))) {
                c.putIfAbsent(year.start(), 10);
            }
        }
        int topic = title.indexOf("法治政府建设");
        if (topic > 0) {
            c.putIfAbsent(topic, 12);
        }
        Matcher kind = KIND.matcher(title);
        if (kind.find() && kind.start() > 0) {
            c.putIfAbsent(kind.start(), 16);
        }
        c.remove(0);
        c.remove(title.length());
        return c;
    }

    private static Optional<List<String>> best(
            String title, List<Integer> positions, TreeMap<Integer, Integer> cost, int lines, int max) {
        List<String> best = null;
        double bestScore = Double.MAX_VALUE;
        int[] chosen = new int[lines - 1];
        int n = positions.size();
        if (n < lines - 1) {
            return Optional.empty();
        }
        // enumerate increasing combinations of break positions (few candidates, so this stays small)
        int[] idx = new int[lines - 1];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        while (true) {
            for (int i = 0; i < idx.length; i++) {
                chosen[i] = positions.get(idx[i]);
            }
            List<String> parts = cut(title, chosen);
            double score = score(parts, chosen, cost, max);
            if (score < bestScore) {
                bestScore = score;
                best = parts;
            }
            int k = idx.length - 1;
            while (k >= 0 && idx[k] == n - idx.length + k) {
                k--;
            }
            if (k < 0) {
                break;
            }
            idx[k]++;
            for (int j = k + 1; j < idx.length; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> cut(String title, int[] at) {
        List<String> parts = new ArrayList<>(at.length + 1);
        int from = 0;
        for (int p : at) {
            parts.add(title.substring(from, p));
            from = p;
        }
        parts.add(title.substring(from));
        return parts;
    }

    private static double score(List<String> parts, int[] at, TreeMap<Integer, Integer> cost, int max) {
        int[] w = new int[parts.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = TextWidth.halfChars(parts.get(i).strip());
            if (w[i] > max || parts.get(i).isBlank()) {
                return Double.MAX_VALUE;
            }
        }
        double score = 0;
        for (int p : at) {
            score += 2 * cost.get(p);
        }
        if (w.length == 2) {
            int d = w[1] - w[0];
            score += d >= 0 ? d : 3.0 * -d; // a short line over a longer one: 正梯形
        } else {
            int middle = 0;
            for (int i = 1; i < w.length; i++) {
                if (w[i] > w[middle]) {
                    middle = i;
                }
            }
            // a diamond: widest in the middle, the outer lines alike
            score += Math.abs(w[0] - w[w.length - 1]);
            score += (middle == 0 || middle == w.length - 1) ? 10 : 0;
            score += 4 * (w.length - 2);
        }
        return score;
    }

    static List<String> wrap(String title, int max) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int width = 0;
        int lastBreak = -1;
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            int cw = TextWidth.isHalfWidth(cp) ? 1 : 2;
            boolean digit = Character.isDigit(cp);
            boolean prevDigit = i > 0 && Character.isDigit(title.codePointBefore(i));
            if (!(digit && prevDigit)) {
                lastBreak = i;
            }
            if (width + cw > max && i > from) {
                int at = lastBreak > from ? lastBreak : i;
                out.add(title.substring(from, at));
                from = at;
                width = TextWidth.halfChars(title.substring(from, i));
            }
            width += cw;
            i += Character.charCount(cp);
        }
        out.add(title.substring(from));
        return out;
    }
}
