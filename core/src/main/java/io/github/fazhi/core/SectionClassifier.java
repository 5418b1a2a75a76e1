package io.github.fazhi.core;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Tells which mandated part a heading names, by meaning rather than by exact wording or position.
 *
 * <p>The five items of the 2019 督察工作规定 are worded many ways in real reports: item 1 as
 * {@code 主要举措和成效}, {@code 工作情况}, {@code 主要成效}, {@code 基本情况}, {@code 工作开展情况} or
 * {@code 主要做法}; item 2 as {@code 存在的问题与不足} or {@code 存在的不足和原因}; item 3 as
 * {@code 第一责任人职责情况}; item 4 as {@code 下一年度…主要安排}, {@code 2022年…工作思路} or
 * {@code 下一步工作打算}; item 5 as {@code 其他需要报告的情况}. A heading that names none of them is
 * {@link SectionKind#THEMATIC}. The heading is judged on its own: a leading label ({@code 一、},
 * {@code （二）}, {@code 二是}), a closing {@code 。} and the names of cited documents ({@code 《…》}) are
 * ignored.
 *
 * <p>The words are {@link Lexicon}'s ({@link Lexicon#partWords}); this class applies them in order: item 5,
 * item 3, a strong next-year word or the year after the reporting year, item 2, item 1, a weak next-year
 * word.
 *
 * <p>The classifier does not know where the heading stands. The plain-text reader gives top-level
 * sections the kind found here and sub-sections only {@link SectionKind#FIRST_RESPONSIBLE_PERSON}
 * (first-responsible-person content is often a sub-section or a run-in heading inside the measures
 * part); other readers and the validator may do the same.
 *
 * <pre>{@code
 * SectionClassifier.classify("二、存在的问题和不足", OptionalInt.empty());          // SHORTCOMINGS_AND_CAUSES
 * SectionClassifier.classify("（一）履行法治第一责任人职责", OptionalInt.empty()); // FIRST_RESPONSIBLE_PERSON
 * SectionClassifier.classify("2022年工作重点", OptionalInt.of(2021));              // NEXT_YEAR_PLAN
 * SectionClassifier.classify("一、切实加强组织领导", OptionalInt.empty());          // THEMATIC
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SectionClassifier {

    /** Headings longer than this are judged on their first so many chars. */
    private static final int MAX_HEADING = 200;

    private SectionClassifier() {}

    /** Classifies {@code heading} without knowing the reporting year. */
    public static SectionKind classify(String heading) {
        return classify(heading, OptionalInt.empty());
    }

    /**
     * Classifies {@code heading}, with or without its label.
     *
     * @param heading the heading text as printed, label and closing punctuation allowed
     * @param reportingYear the report's year Y, when known: a heading naming year Y+1 is the next-year
     *     plan even without the usual wording
     * @return the mandated part the heading names, or {@link SectionKind#THEMATIC}
     */
    public static SectionKind classify(String heading, OptionalInt reportingYear) {
        String h = normalise(heading);
        if (h.isEmpty()) {
            return SectionKind.THEMATIC;
        }
        if (namesOtherPart(h)) {
            return SectionKind.OTHER;
        }
        if (namesLeadersDuty(h)) {
            return SectionKind.FIRST_RESPONSIBLE_PERSON;
        }
        OptionalInt year = yearIn(h);
        boolean nextYear =
                reportingYear.isPresent() && year.isPresent() && year.getAsInt() == reportingYear.getAsInt() + 1;
        if (containsAny(h, Lexicon.PLAN_WORDS_STRONG) || nextYear) {
            return SectionKind.NEXT_YEAR_PLAN;
        }
        if (containsAny(h, Lexicon.SHORTCOMINGS_WORDS)
                || Lexicon.SHORTCOMINGS_PATTERN.matcher(h).find()) {
            return SectionKind.SHORTCOMINGS_AND_CAUSES;
        }
        if (containsAny(h, Lexicon.MEASURES_WORDS)) {
            return SectionKind.MEASURES_AND_RESULTS;
        }
        if (containsAny(h, Lexicon.PLAN_WORDS)) {
            return SectionKind.NEXT_YEAR_PLAN;
        }
        return SectionKind.THEMATIC;
    }

    /**
     * Whether {@code heading} names the first-responsible-person part: the same answer as {@code
     * classify(heading) == SectionKind.FIRST_RESPONSIBLE_PERSON} with any reporting year (the year never
     * decides it), without trying the other parts' words. The reader asks it of every subsection, where no
     * other kind counts.
     */
    public static boolean namesFirstResponsiblePerson(String heading) {
        String h = normalise(heading);
        return !h.isEmpty() && !namesOtherPart(h) && namesLeadersDuty(h);
    }

    private static boolean namesOtherPart(String h) {
        return containsAny(h, Lexicon.OTHER_PART_WORDS) || Lexicon.OTHER_PART_HEADINGS.contains(h);
    }

    private static boolean namesLeadersDuty(String h) {
        return containsAny(h, Lexicon.FIRST_RESPONSIBLE_PERSON_WORDS)
                || (containsAny(h, Lexicon.PRINCIPAL_LEADER_WORDS) && containsAny(h, Lexicon.DUTY_WORDS));
    }

    /**
     * The first year ({@code 2021年}, {@code 2021年度}) a heading or title names, leaving out cited document
     * names ({@code 《…（2021—2025年）》}) and year ranges. Empty when it names none.
     */
    public static OptionalInt yearIn(String text) {
        return Lexicon.yearIn(text);
    }

    private static String normalise(String heading) {
        String h = heading.length() > MAX_HEADING ? heading.substring(0, MAX_HEADING) : heading;
        h = removeWhitespace(h);
        h = toHalfWidthDigits(h);
        Optional<NumberLabel> label = NumberLabel.parseAtStart(h);
        if (label.isPresent()) {
            h = h.substring(label.get().length());
        } else if (h.startsWith("、")) {
            h = h.substring(1);
        } else if (Lexicon.isInlineEnumeration(h)) {
            h = h.substring(h.indexOf('是') + 1);
        }
        h = stripCitations(h);
        int end = h.length();
        while (end > 0 && "。．.，,；;：:！!？?、".indexOf(h.charAt(end - 1)) >= 0) {
            end--;
        }
        return h.substring(0, end);
    }

    private static String stripCitations(String text) {
        return text.indexOf('《') < 0
                ? text
                : Lexicon.CITED_DOCUMENT.matcher(text).replaceAll("");
    }

    /** {@code s} without its whitespace and space chars (the text itself when it has none, as most headings). */
    static String removeWhitespace(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isSpace(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static String toHalfWidthDigits(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, (char) (c - '０' + '0'));
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean containsAny(String h, List<String> words) {
        return Lexicon.containsAny(h, words);
    }
}
