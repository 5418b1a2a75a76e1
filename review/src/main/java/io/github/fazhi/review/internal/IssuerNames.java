package io.github.fazhi.review.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that knows how organ names are written: how to bring two spellings of a name to one form
 * (full- and half-width, spaces, punctuation, the common short forms of organ words), and where a report
 * names its issuer. Every comparison of names in fazhi-review goes through {@link #normalize}, so that it
 * can move onto core's lexicon of organ suffixes when that lands without changing anything else.
 */
public final class IssuerNames {

    /** Characters that never tell two organs apart: spaces, punctuation, brackets, quotes. */
    private static final String IGNORED = "·•・‧.,，、。:：;；\"'“”‘’()（）[]【】〔〕<>《》〈〉「」『』-－—–_~～!！?？/\\|*#";

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}(年度|年)?");
    private static final Pattern TITLE_YEAR = Pattern.compile("(19|20)\\d{2}\\s*年");

    /** What separates joint issuers printed on one line or in one title. */
    private static final Pattern JOINT = Pattern.compile("[、，,；;\\s\u3000]+");

    private static final Pattern PIECE_SEPARATORS = Pattern.compile("[\\s_\\-.()（）\\[\\]【】,，、+]+");

    /** The words that end a place name in an organ's name: 清河<b>市</b>清河<b>区</b>司法局. */
    private static final Pattern PLACE_LEVEL = Lexicon.anyOf(Lexicon.PLACE_LEVEL_SUFFIXES);

    private IssuerNames() {}

    /**
     * Whether the normalised name {@code name} starts with a place name ({@code 清河区司法局}, not
     * {@code 区司法局} or {@code 司法局}): a level word after at least two characters, near the start.
     */
    public static boolean startsWithPlace(String name) {
        Matcher m = PLACE_LEVEL.matcher(name);
        return m.find() && m.start() >= 2 && m.start() <= 8;
    }

    /**
     * Whether {@code prefix}, what a longer name has before a shorter one, is only the places above it
     * ({@code 清河市} before {@code 清河区司法局}): it ends with a level word.
     */
    public static boolean isPlacePrefix(String prefix) {
        Matcher m = PLACE_LEVEL.matcher(prefix);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return prefix.length() >= 2 && end == prefix.length();
    }

    /**
     * The comparable form of an organ name: NFKC (full-width letters and digits to half-width), without
     * white space or punctuation, with the common short forms of organ words ({@code 人民政府} →
     * {@code 政府}, {@code 委员会} → {@code 委}, {@code 办公室} → {@code 办} …).
     */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || IGNORED.indexOf(cp) >= 0) {
                continue;
            }
            b.appendCodePoint(Character.toLowerCase(cp));
        }
        String out = b.toString();
        for (Map.Entry<String, String> form : Lexicon.ORGAN_SHORT_FORMS) {
            out = out.replace(form.getKey(), form.getValue());
        }
        return out;
    }

    /**
     * The names a report gives its issuer, in the order to trust them: the issuers the reader found (an
     * issuer line, else the title, else the sign-off), the sign-off's lines and the organ the title names
     * before {@code 关于} or its year; a name that lists joint issuers ({@code A、B}, {@code A B}) is
     * followed by each of them.
     */
    public static List<String> candidates(AnnualReport report) {
        Set<String> out = new LinkedHashSet<>();
        for (String issuer : report.metadata().issuers()) {
            add(out, issuer);
        }
        for (String line : report.signOff().map(SignOff::issuers).orElse(List.of())) {
            add(out, line);
        }
        report.title().map(Title::text).flatMap(IssuerNames::titleIssuer).ifPresent(t -> add(out, t));
        return List.copyOf(out);
    }

    /** The organ a title names before {@code 关于} or before its year. */
    static java.util.Optional<String> titleIssuer(String title) {
        int cut = title.indexOf("关于");
        Matcher m = TITLE_YEAR.matcher(title);
        if (m.find() && (cut < 0 || m.start() < cut)) {
            cut = m.start();
        }
        if (cut < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(title.substring(0, cut).strip());
    }

    /**
     * The names a file name may carry: its stem without the extension, the year and the genre's words,
     * cut at separators. Used only for files whose content cannot be read.
     */
    public static List<String> fileNameCandidates(String fileName) {
        String stem = stem(fileName);
        String cleaned =
                YEAR.matcher(Normalizer.normalize(stem, Normalizer.Form.NFKC)).replaceAll(" ");
        for (String word : Lexicon.FILE_NAME_GENRE_WORDS) {
            cleaned = cleaned.replace(word, " ");
        }
        List<String> out = new ArrayList<>();
        for (String piece : PIECE_SEPARATORS.split(cleaned)) {
            if (piece.codePointCount(0, piece.length()) >= 2 && !piece.chars().allMatch(Character::isDigit)) {
                out.add(piece);
            }
        }
        return List.copyOf(out);
    }

    /** A file name without its folder and extension. */
    public static String stem(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Adds {@code name} and, when it lists joint issuers ({@code A、B}, {@code A B}), each of them. */
    private static void add(Set<String> out, String name) {
        String s = name.strip();
        if (normalize(s).isEmpty()) {
            return;
        }
        out.add(s);
        String[] parts = JOINT.split(s);
        if (parts.length > 1) {
            for (String part : parts) {
                if (!normalize(part).isEmpty()) {
                    out.add(part.strip());
                }
            }
        }
    }
}
