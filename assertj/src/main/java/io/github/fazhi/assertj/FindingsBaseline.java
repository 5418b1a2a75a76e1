package io.github.fazhi.assertj;

import io.github.fazhi.assertj.internal.Texts;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.ValidatedFile;
import io.github.fazhi.validation.ValidationReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The findings a set of legacy reports has today, recorded so that a test fails only on findings that are new,
 * and shrinking as findings go away. Immutable and thread-safe.
 *
 * <p>A finding is identified by its file, rule id, element id and message (by a fingerprint of the message), not by
 * its line, so editing one part of a report does not turn the findings of the rest into new ones. The same
 * finding recorded twice must appear twice to be matched twice.
 *
 * <p>The file format is plain text, one finding a line, sorted, so that a change to the baseline reads well in a
 * diff and in review:
 *
 * <pre>
 * # fazhi findings baseline 1
 * # locale: zh-CN
 * # file	rule	element	fingerprint	message
 * reports/2023.txt	numbering-gap	s3.s1	1f0c9d2e7a4b	编号（三）前缺少（二）
 * reports/2023.txt	part-missing	report	9a8e3c0b52d1	报告缺少……
 * </pre>
 *
 * <p>Fields are separated by tabs; a backslash escapes a tab ({@code \t}), a line break ({@code \n}, {@code \r}),
 * itself ({@code \\}) and a {@code #} at the start of a line ({@code \#}). Lines starting with {@code #} are
 * comments, except {@code # locale:}, which records the locale of the messages: findings checked in another
 * locale cannot be matched, so comparing them throws. The message column is for people; matching uses the
 * fingerprint.
 *
 * <p>How it shrinks: {@link #compare} never changes a file; it returns a {@link BaselineComparison} whose
 * {@link BaselineComparison#shrunkBaseline() shrunkBaseline()} leaves out the findings that went away.
 * {@link #freeze(Path, List)} is the one-call version for tests: it records the baseline file on the first run,
 * later rewrites it smaller when findings went away (never larger), and returns the comparison to assert on.
 *
 * <pre>{@code
 * @Test
 * void legacyReportsGetNoNewFindings() throws IOException {
 *     List<ValidatedFile> reports = FindingsBaseline.validateTextFiles(
 *             ReportValidator.national(), List.of(Path.of("reports/2022.txt"), Path.of("reports/2023.txt")));
 *     BaselineComparison comparison = FindingsBaseline.freeze(Path.of("src/test/resources/fazhi-baseline.txt"), reports);
 *     assertThat(comparison).hasNoNewFindings();
 * }
 * }</pre>
 *
 * <p>To accept new findings on purpose, delete the file (the next run records it again) or write
 * {@link #of(List)} over it.
 */
public final class FindingsBaseline {

    /** The version of the file format, written in its first line. */
    public static final int FORMAT_VERSION = 1;

    private static final String HEADER = "# fazhi findings baseline " + FORMAT_VERSION;
    private static final String LOCALE_HEADER = "# locale:";
    private static final String COLUMNS = "# file\trule\telement\tfingerprint\tmessage";

    private static final Comparator<String> NATURAL = FindingsBaseline::compareNaturally;

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file, NATURAL)
            .thenComparing(Entry::elementId, NATURAL)
            .thenComparing(Entry::ruleId)
            .thenComparing(Entry::fingerprint)
            .thenComparing(Entry::message);

    /**
     * One recorded finding.
     *
     * @param file the report's file, as the caller named it (forward slashes)
     * @param ruleId the rule's id
     * @param elementId the id of the element the finding is about ({@code report} for the whole report)
     * @param fingerprint the fingerprint of the message ({@link FindingsBaseline#fingerprint(String)})
     * @param message the message as it was recorded, for people reading the file
     */
    public record Entry(String file, String ruleId, String elementId, String fingerprint, String message) {

        /** Checks for nulls. */
        public Entry {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(elementId, "elementId");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(message, "message");
        }

        /** The entry for {@code finding} in {@code file}. */
        public static Entry of(String file, Finding finding) {
            return new Entry(
                    file,
                    finding.ruleId(),
                    finding.elementId(),
                    FindingsBaseline.fingerprint(finding.message()),
                    finding.message());
        }

        /** What matching looks at: everything but the message text. */
        Key key() {
            return new Key(file, ruleId, elementId, fingerprint);
        }
    }

    record Key(String file, String ruleId, String elementId, String fingerprint) {}

    private static final FindingsBaseline EMPTY = new FindingsBaseline(List.of(), Optional.empty());

    private final List<Entry> entries;
    private final Optional<Locale> locale;

    private FindingsBaseline(List<Entry> entries, Optional<Locale> locale) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
        this.locale = locale;
    }

    /** A baseline with no findings, which accepts findings in any locale. */
    public static FindingsBaseline empty() {
        return EMPTY;
    }

    /**
     * The baseline of {@code files}: every finding of every file.
     *
     * @throws IllegalArgumentException when the files were checked in different locales
     */
    public static FindingsBaseline of(List<ValidatedFile> files) {
        Objects.requireNonNull(files, "files");
        List<Entry> entries = new ArrayList<>();
        Optional<Locale> locale = Optional.empty();
        for (ValidatedFile f : files) {
            Locale l = f.report().locale();
            if (locale.isPresent() && !sameLanguage(locale.get(), l)) {
                throw new IllegalArgumentException("the files were checked in different locales: " + locale.get()
                        + " and " + l + " (" + f.uri() + "); a baseline holds messages in one");
            }
            locale = Optional.of(l);
            for (Finding finding : f.report().findings()) {
                entries.add(Entry.of(normalizeFile(f.uri()), finding));
            }
        }
        return new FindingsBaseline(entries, locale);
    }

    /** The baseline of one report's findings, read from {@code file}. */
    public static FindingsBaseline of(String file, ValidationReport report) {
        return of(List.of(new ValidatedFile(file, report)));
    }

    /**
     * Reads a baseline written by {@link #format()}.
     *
     * @throws IllegalArgumentException when a line is not a baseline line (the message names it)
     */
    public static FindingsBaseline parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Entry> entries = new ArrayList<>();
        Optional<Locale> locale = Optional.empty();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (line.startsWith(LOCALE_HEADER)) {
                    String tag = line.substring(LOCALE_HEADER.length()).strip();
                    if (!tag.isEmpty()) {
                        locale = Optional.of(Locale.forLanguageTag(tag));
                    }
                } else if (line.startsWith("# fazhi findings baseline ")) {
                    String version = line.substring("# fazhi findings baseline ".length())
                            .strip();
                    if (!version.equals(String.valueOf(FORMAT_VERSION))) {
                        throw new IllegalArgumentException("line " + (i + 1) + ": baseline format " + version
                                + " is not one this version reads (" + FORMAT_VERSION + ")");
                    }
                }
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 4 || fields.length > 5) {
                throw new IllegalArgumentException("line " + (i + 1)
                        + ": a baseline line has 4 or 5 tab-separated fields (file, rule, element, fingerprint,"
                        + " message), not " + fields.length + ": " + line);
            }
            entries.add(new Entry(
                    unescape(fields[0], i + 1),
                    unescape(fields[1], i + 1),
                    unescape(fields[2], i + 1),
                    unescape(fields[3], i + 1),
                    fields.length == 5 ? unescape(fields[4], i + 1) : ""));
        }
        return new FindingsBaseline(entries, locale);
    }

    /** Reads the baseline in {@code file} (UTF-8). */
    public static FindingsBaseline read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Reads the baseline in {@code file}, or the empty baseline when there is no such file. */
    public static FindingsBaseline readIfExists(Path file) throws IOException {
        return Files.exists(file) ? read(file) : empty();
    }

    /** The baseline as file text: the header, then one finding a line, sorted by file, element and rule. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append('\n');
        out.append(LOCALE_HEADER)
                .append(locale.map(l -> " " + l.toLanguageTag()).orElse(""))
                .append('\n');
        out.append(COLUMNS).append('\n');
        for (Entry e : entries) {
            out.append(escapeFirst(e.file()))
                    .append('\t')
                    .append(escape(e.ruleId()))
                    .append('\t')
                    .append(escape(e.elementId()))
                    .append('\t')
                    .append(escape(e.fingerprint()))
                    .append('\t')
                    .append(escape(e.message()))
                    .append('\n');
        }
        return out.toString();
    }

    /** Writes {@link #format()} to {@code file} in UTF-8, creating its folder if need be. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, format(), StandardCharsets.UTF_8);
    }

    /** The recorded findings, sorted. */
    public List<Entry> entries() {
        return entries;
    }

    /** How many findings are recorded. */
    public int size() {
        return entries.size();
    }

    /** Whether no finding is recorded. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The locale the messages were recorded in, when known. */
    public Optional<Locale> locale() {
        return locale;
    }

    /** The files that have recorded findings, sorted. */
    public Set<String> files() {
        Set<String> out = new TreeSet<>(NATURAL);
        entries.forEach(e -> out.add(e.file()));
        return java.util.Collections.unmodifiableSet(out);
    }

    /** This baseline restricted to the findings of {@code file}. */
    public FindingsBaseline forFile(String file) {
        String f = normalizeFile(file);
        return new FindingsBaseline(
                entries.stream().filter(e -> e.file().equals(f)).toList(), locale);
    }

    /**
     * Compares the current findings of {@code files} with this baseline. Files of the baseline not among
     * {@code files} are left as they are in the shrunk baseline.
     *
     * @throws IllegalArgumentException when a file was checked in another locale than the baseline was recorded in
     */
    public BaselineComparison compare(List<ValidatedFile> files) {
        Objects.requireNonNull(files, "files");
        Map<Key, List<Entry>> remaining = new LinkedHashMap<>();
        Set<String> checked = new TreeSet<>();
        for (ValidatedFile f : files) {
            checkLocale(f.uri(), f.report().locale());
            checked.add(normalizeFile(f.uri()));
        }
        for (Entry e : entries) {
            if (checked.contains(e.file())) {
                remaining.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
            }
        }
        List<BaselineComparison.NewFinding> fresh = new ArrayList<>();
        List<Entry> kept = new ArrayList<>();
        for (ValidatedFile f : files) {
            String file = normalizeFile(f.uri());
            for (Finding finding : f.report().findings()) {
                Entry current = Entry.of(file, finding);
                List<Entry> recorded = remaining.get(current.key());
                if (recorded != null && !recorded.isEmpty()) {
                    kept.add(recorded.remove(recorded.size() - 1));
                } else {
                    fresh.add(new BaselineComparison.NewFinding(file, finding));
                }
            }
        }
        List<Entry> gone = new ArrayList<>();
        remaining.values().forEach(gone::addAll);
        gone.sort(ORDER);
        List<Entry> shrunk = new ArrayList<>(kept);
        for (Entry e : entries) {
            if (!checked.contains(e.file())) {
                shrunk.add(e);
            }
        }
        Optional<Locale> l = locale.isPresent()
                ? locale
                : files.stream().map(f -> f.report().locale()).findFirst();
        return new BaselineComparison(fresh, gone, new FindingsBaseline(shrunk, l));
    }

    /** Compares the current findings of one report, read from {@code file}, with this baseline. */
    public BaselineComparison compare(String file, ValidationReport report) {
        return compare(List.of(new ValidatedFile(file, report)));
    }

    /**
     * Compares {@code files} with the baseline stored in {@code baselineFile}, the way a test of legacy reports
     * wants it: when the file does not exist, records every current finding in it and reports nothing new; when it
     * exists and findings went away, rewrites it without them. It never adds findings to the file.
     *
     * @return the comparison, for {@code assertThat(comparison).hasNoNewFindings()}
     */
    public static BaselineComparison freeze(Path baselineFile, List<ValidatedFile> files) throws IOException {
        Objects.requireNonNull(baselineFile, "baselineFile");
        Objects.requireNonNull(files, "files");
        if (!Files.exists(baselineFile)) {
            FindingsBaseline recorded = of(files);
            recorded.write(baselineFile);
            return recorded.compare(files);
        }
        FindingsBaseline baseline = read(baselineFile);
        BaselineComparison comparison = baseline.compare(files);
        if (comparison.hasGoneFindings()) {
            comparison.shrunkBaseline().write(baselineFile);
        }
        return comparison;
    }

    /**
     * Reads each text file with {@link PlainTextReader#standard()} and checks it with {@code validator}, naming
     * each by its path as given (with forward slashes), ready for {@link #of(List)}, {@link #compare(List)} and
     * {@link #freeze(Path, List)}. Give paths relative to a fixed folder (the project's) so the names in the
     * baseline do not depend on where the build runs.
     */
    public static List<ValidatedFile> validateTextFiles(ReportValidator validator, Collection<Path> files)
            throws IOException {
        Objects.requireNonNull(validator, "validator");
        List<ValidatedFile> out = new ArrayList<>(files.size());
        for (Path p : files) {
            String name = normalizeFile(p.toString());
            out.add(new ValidatedFile(
                    name, validator.validate(PlainTextReader.standard().read(p), name)));
        }
        return List.copyOf(out);
    }

    /**
     * The fingerprint of a message: the first 12 hexadecimal digits of the SHA-256 of its text with runs of white
     * space made one space.
     */
    public static String fingerprint(String message) {
        String normalized = message.strip().replaceAll("\\s+", " ");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The file a one-report assertion compares with: the only file of the baseline, or the report's own. */
    String fileFor(Optional<String> source, Locale messages) {
        Set<String> files = files();
        if (source.isPresent() && (files.isEmpty() || files.contains(normalizeFile(source.get())))) {
            return source.get();
        }
        if (files.size() == 1) {
            return files.iterator().next();
        }
        if (files.isEmpty()) {
            return "";
        }
        throw new IllegalArgumentException(
                Texts.format(messages, "baseline.severalFiles", files.size(), String.join(", ", files)));
    }

    private void checkLocale(String file, Locale checkedIn) {
        if (locale.isPresent() && !entries.isEmpty() && !sameLanguage(locale.get(), checkedIn)) {
            throw new IllegalArgumentException("the baseline was recorded with messages in "
                    + locale.get().toLanguageTag() + " but " + file + " was checked in " + checkedIn.toLanguageTag()
                    + ": check it in the baseline's locale, or record the baseline again");
        }
    }

    private static boolean sameLanguage(Locale a, Locale b) {
        return Texts.isEnglish(a) == Texts.isEnglish(b);
    }

    private static String normalizeFile(String file) {
        return file.replace(File.separatorChar, '/');
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeFirst(String s) {
        String escaped = escape(s);
        return escaped.startsWith("#") ? "\\" + escaped : escaped;
    }

    private static String unescape(String s, int line) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= s.length()) {
                throw new IllegalArgumentException("line " + line + ": a backslash ends a field: " + s);
            }
            char next = s.charAt(++i);
            switch (next) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case '#' -> out.append('#');
                default ->
                    throw new IllegalArgumentException("line " + line + ": unknown escape \\" + next + " in " + s);
            }
        }
        return out.toString();
    }

    /** Compares strings with runs of digits by their value, so {@code s2} sorts before {@code s10}. */
    static int compareNaturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isAsciiDigit(ca) && isAsciiDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && isAsciiDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && isAsciiDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FindingsBaseline b && b.entries.equals(entries) && b.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return entries.hashCode() * 31 + locale.hashCode();
    }

    @Override
    public String toString() {
        return "FindingsBaseline[" + entries.size() + " findings in " + files().size() + " files]";
    }
}
