package io.github.fazhi.core;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern CITED = Pattern.compile("《[^《》]{0,200}》");
    private static final Pattern YEAR_RANGE =
            Pattern.compile("(?:19|20)[0-9]{2}\\s*年?度?\\s*[—–\\-－~～至到]{1,2}\\s*(?:19|20)[0-9]{2}\\s*年?度?");
    private static final Pattern YEAR =
            Pattern.compile("(?<![0-9〇零一二三四五六七八九])((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})\\s*年");
    private static final Pattern INLINE_MARKER = Pattern.compile("^[一二三四五六七八九十]{1,3}是");

    private static final List<String> OTHER = List.of("其他需要报告", "其他需报告", "其他需要说明", "其他报告事项");
    private static final List<String> OTHER_WHOLE = List.of("其他", "其他情况", "其他事项", "其他工作");

    private static final List<String> FRP = List.of("第一责任人", "第一责任");
    private static final List<String> FRP_LEADER = List.of("主要负责人", "主要负责同志", "主要领导", "党政主要负责", "一把手", "主要负责");
    private static final List<String> FRP_DUTY = List.of("履行", "职责", "履职", "述法");

    private static final List<String> PLAN_STRONG =
            List.of("下一年度", "下一年", "下年度", "下一步", "下步", "下阶段", "下一阶段", "明年", "今后", "来年");
    private static final List<String> PLAN_WEAK =
            List.of("安排", "打算", "工作思路", "总体思路", "思路举措", "工作计划", "展望", "努力方向", "工作要点", "重点任务", "工作设想");

    private static final List<String> SHORTCOMINGS =
            List.of("不足", "短板", "差距", "薄弱", "原因", "存在问题", "主要问题", "困难和问题", "问题和困难", "问题与困难");
    private static final Pattern SHORTCOMINGS_PATTERN = Pattern.compile("存在[^，,；;]{0,8}(?:问题|困难)");

    private static final List<String> MEASURES = List.of(
            "举措", "成效", "工作情况", "主要做法", "做法", "完成情况", "开展情况", "基本情况", "根本情况", "总体情况", "建设情况", "推进情况", "落实情况", "进展情况",
            "主要工作", "工作开展", "主要成绩", "工作成绩", "取得成绩", "工作回顾", "工作总结");

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
        if (containsAny(h, OTHER) || OTHER_WHOLE.contains(h)) {
            return SectionKind.OTHER;
        }
        if (containsAny(h, FRP) || (containsAny(h, FRP_LEADER) && containsAny(h, FRP_DUTY))) {
            return SectionKind.FIRST_RESPONSIBLE_PERSON;
        }
        OptionalInt year = yearIn(h);
        boolean nextYear =
                reportingYear.isPresent() && year.isPresent() && year.getAsInt() == reportingYear.getAsInt() + 1;
        if (containsAny(h, PLAN_STRONG) || nextYear) {
            return SectionKind.NEXT_YEAR_PLAN;
        }
        if (containsAny(h, SHORTCOMINGS) || SHORTCOMINGS_PATTERN.matcher(h).find()) {
            return SectionKind.SHORTCOMINGS_AND_CAUSES;
        }
        if (containsAny(h, MEASURES)) {
            return SectionKind.MEASURES_AND_RESULTS;
        }
        if (containsAny(h, PLAN_WEAK)) {
            return SectionKind.NEXT_YEAR_PLAN;
        }
        return SectionKind.THEMATIC;
    }

    /**
     * The first year ({@code 2021年}, {@code 2021年度}) a heading or title names, leaving out cited document
     * names ({@code 《…（2021—2025年）》}) and year ranges. Empty when it names none.
     */
    public static OptionalInt yearIn(String text) {
        if (text.indexOf('年') < 0) {
            // every year the pattern takes ends in 年; most headings have none (a fifth of reading time)
            return OptionalInt.empty();
        }
        String t = stripCitations(text.length() > MAX_HEADING ? text.substring(0, MAX_HEADING) : text);
        t = YEAR_RANGE.matcher(toHalfWidthDigits(t)).replaceAll("");
        Matcher m = YEAR.matcher(t);
        if (m.find()) {
            String y = m.group(1);
            return Character.isDigit(y.charAt(0))
                    ? OptionalInt.of(Integer.parseInt(y))
                    : ChineseNumerals.parseDigits(y.replace('零', '〇'));
        }
        return OptionalInt.empty();
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
        } else {
            Matcher m = INLINE_MARKER.matcher(h);
            if (m.lookingAt()) {
                h = h.substring(m.end());
            }
        }
        h = stripCitations(h);
        int end = h.length();
        while (end > 0 && "。．.，,；;：:！!？?、".indexOf(h.charAt(end - 1)) >= 0) {
            end--;
        }
        return h.substring(0, end);
    }

    private static String stripCitations(String text) {
        return text.indexOf('《') < 0 ? text : CITED.matcher(text).replaceAll("");
    }

    private static String removeWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
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
        for (String w : words) {
            if (h.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
