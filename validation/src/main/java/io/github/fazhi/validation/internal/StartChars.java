package io.github.fazhi.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the chars its matches can start with, searched by trying the pattern only at those
 * chars (and at the start of the text, for {@code ^}). Gives exactly what {@link Matcher#find()} gives,
 * much faster on long text: {@code find} tries every alternative of the pattern at every position,
 * which made a few text-scanning rules most of a validation's time (see benchmarks/README.md).
 *
 * <pre>{@code
 * StartChars request = new StartChars(Pattern.compile("妥否|当否|请予?批示"), "妥当请");
 * request.first(text).map(MatchResult::group);
 * }</pre>
 */
public final class StartChars {

    private final Pattern pattern;
    private final long[] starts = new long[1024];

    /**
     * @param pattern the pattern
     * @param starts every char a match of {@code pattern} can start with, except at the start of the text
     */
    public StartChars(Pattern pattern, String starts) {
        this.pattern = pattern;
        for (int i = 0; i < starts.length(); i++) {
            char c = starts.charAt(i);
            this.starts[c >>> 6] |= 1L << c;
        }
    }

    /**
     * A pattern that is an alternation of literal words ({@link io.github.fazhi.core.Lexicon#anyOf}), tried
     * where one of the words starts.
     */
    public static StartChars ofWords(Pattern pattern, List<String> words) {
        StringBuilder starts = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word matches everywhere");
            }
            starts.append(w.charAt(0));
        }
        return new StartChars(pattern, starts.toString());
    }

    /**
     * A pattern that is an alternation whose every alternative starts with a literal char (as the
     * {@link io.github.fazhi.core.Lexicon}'s duty themes: {@code 组织领导|听取.{0,15}汇报|…}), tried where one of
     * them starts.
     *
     * @throws IllegalArgumentException if an alternative starts with anything but a literal char, or the
     *     pattern has flags, groups or classes at its top level that make its start chars unclear
     */
    public static StartChars ofAlternation(Pattern pattern) {
        if (pattern.flags() != 0) {
            throw new IllegalArgumentException("a pattern with flags: " + pattern);
        }
        String p = pattern.pattern();
        StringBuilder starts = new StringBuilder();
        int depth = 0;
        boolean atStart = true;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (atStart) {
                if (c == '|' || "\\.[](){}^$?*+".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                    throw new IllegalArgumentException("an alternative that starts with '" + c + "': " + pattern);
                }
                if (i + 1 < p.length() && "?*{".indexOf(p.charAt(i + 1)) >= 0) {
                    throw new IllegalArgumentException("an alternative whose first char may be absent: " + pattern);
                }
                starts.append(c);
                atStart = false;
                continue;
            }
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                atStart = true;
            }
        }
        if (atStart) {
            throw new IllegalArgumentException("an empty alternative: " + pattern);
        }
        return new StartChars(pattern, starts.toString());
    }

    /** The pattern searched. */
    public Pattern pattern() {
        return pattern;
    }

    /** The first match in {@code text}, as {@code pattern.matcher(text).find()} finds it. */
    public Optional<MatchResult> first(String text) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int at = next(text, 0, true);
        while (at >= 0) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                return Optional.of(m.toMatchResult());
            }
            at = next(text, at + 1, false);
        }
        return Optional.empty();
    }

    /** Every match in {@code text}, as repeated {@code pattern.matcher(text).find()} finds them. */
    public List<MatchResult> all(String text) {
        List<MatchResult> out = new ArrayList<>();
        each(text, m -> out.add(m.toMatchResult()));
        return out;
    }

    /**
     * Gives {@code action} the matcher at each match in {@code text}, as repeated {@code find()} finds them (the
     * matcher's named groups are there, which a Java 17 {@link MatchResult} lacks). The action must not move it.
     */
    public void each(String text, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int at = next(text, 0, true);
        while (at >= 0) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                int end = m.end() == at ? at + 1 : m.end();
                action.accept(m);
                at = next(text, end, false);
            } else {
                at = next(text, at + 1, false);
            }
        }
    }

    private int next(String text, int from, boolean tryFrom) {
        if (tryFrom && from <= text.length()) {
            return from;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((starts[c >>> 6] & (1L << c)) != 0) {
                return i;
            }
        }
        return -1;
    }
}
