package io.github.fazhi.core.internal;

import io.github.fazhi.core.Lexicon;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells page furniture from the text alone, for text copied from a portal page: breadcrumbs, the
 * {@code 发布时间：… 来源：… 字号：大 中 小} line, 索引号 tables, share and print buttons, the site footer. The
 * words are {@link Lexicon}'s. A line that ends a sentence ({@code 。}) or is long is never furniture: the
 * report's own text is never taken for it.
 */
final class Furniture {

    /** Furniture lines are short; a longer line is the report's. */
    private static final int MAX_LENGTH = 200;

    private static final Pattern DATE =
            Pattern.compile("((?:19|20)[0-9]{2})\\s*(?:[-/.年])\\s*([0-9]{1,2})\\s*(?:[-/.月])\\s*([0-9]{1,2})");

    private Furniture() {}

    /** Whether {@code text} (a line without leading and trailing white space) is page furniture. */
    static boolean isFurniture(String text) {
        if (text.length() > MAX_LENGTH || text.indexOf('。') >= 0) {
            return false;
        }
        if (isBreadcrumb(text) || Lexicon.containsAny(text, Lexicon.FURNITURE_PHRASES)) {
            return true;
        }
        return field(text).isPresent();
    }

    /** {@code 首页 > 政务公开 > …}, {@code 当前位置：首页 > …}, a navigation bar starting with 首页. */
    private static boolean isBreadcrumb(String t) {
        if (Lexicon.startsWithAny(t, Lexicon.BREADCRUMB_LABELS).isPresent()) {
            return true;
        }
        if (!t.startsWith(Lexicon.HOME) || t.length() == Lexicon.HOME.length()) {
            return false;
        }
        for (int i = Lexicon.HOME.length(); i < t.length(); i++) {
            char c = t.charAt(i);
            if (Lexicon.BREADCRUMB_SEPARATORS.indexOf(c) >= 0 || Lexicon.FIELD_SEPARATORS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The furniture field the line starts with ({@code 发布时间：}), when it is followed by a colon. */
    private static Optional<String> field(String t) {
        for (String f : Lexicon.FURNITURE_FIELDS) {
            if (t.startsWith(f)) {
                int i = f.length();
                while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\u3000')) {
                    i++;
                }
                if (i < t.length() && (t.charAt(i) == '：' || t.charAt(i) == ':')) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The publication date a furniture line gives ({@code 发布时间：2026-03-20 来源：…},
     * {@code 发布日期：2026年3月20日}), if it gives one.
     */
    static Optional<LocalDate> publicationDate(String text) {
        for (String f : Lexicon.PUBLICATION_DATE_FIELDS) {
            int at = text.indexOf(f);
            if (at < 0) {
                continue;
            }
            String rest = text.substring(at + f.length());
            rest = rest.length() > 40 ? rest.substring(0, 40) : rest;
            Matcher m = DATE.matcher(rest);
            if (m.find() && rest.substring(0, m.start()).strip().matches("[：:]?")) {
                try {
                    return Optional.of(LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
