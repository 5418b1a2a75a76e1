package io.github.fazhi.assertj.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes findings, sections and outlines the way the failure messages show them: one finding a line with
 * severity, rule id, place (line:column and element id) and message, so a person sees at once what to fix.
 */
public final class Describe {

    /** At most this many findings or sections are listed in one message. */
    public static final int MAX_LINES = 40;

    private static final int MAX_TEXT = 400;

    private Describe() {}

    /** The name of {@code severity} in {@code locale}: 错误, 警告, 提示 or error, warning, info. */
    public static String severity(Severity severity, Locale locale) {
        return Texts.format(locale, "severity." + severity.name());
    }

    /** The name of the part {@code kind} in {@code locale}. */
    public static String kind(SectionKind kind, Locale locale) {
        return Texts.format(locale, "kind." + kind.name());
    }

    /**
     * Where a finding is: {@code file:12:1（s3.s1）} with a span, {@code s3.s1} without one, {@code 全文} for the
     * report as a whole.
     */
    public static String place(Finding f, Optional<String> source, Locale locale) {
        boolean en = Texts.isEnglish(locale);
        String prefix = source.map(s -> s + ":").orElse("");
        if (f.isAboutReport()) {
            return source.map(s -> s + " ").orElse("") + Texts.format(locale, "wholeReport");
        }
        if (f.span().isPresent()) {
            SourceSpan span = f.span().get();
            return prefix + span.line() + ":" + span.column() + (en ? " (" : "（") + f.elementId() + (en ? ")" : "）");
        }
        return prefix + f.elementId();
    }

    /** One finding on one line (and its suggested fix on the next). */
    public static String finding(Finding f, Optional<String> source, Locale locale) {
        boolean en = Texts.isEnglish(locale);
        StringBuilder out = new StringBuilder();
        out.append("  - [")
                .append(severity(f.severity(), locale))
                .append("] ")
                .append(f.ruleId())
                .append(en ? " at " : " ")
                .append(place(f, source, locale))
                .append(en ? ": " : "：")
                .append(oneLine(f.message()));
        f.suggestedFix()
                .ifPresent(fix -> out.append('\n').append("      ").append(Texts.format(locale, "fix", oneLine(fix))));
        return out.toString();
    }

    /** The findings, one a line, at most {@link #MAX_LINES}; {@code （无）} when there are none. */
    public static String findings(List<Finding> findings, Optional<String> source, Locale locale) {
        if (findings.isEmpty()) {
            return "  " + Texts.format(locale, "none");
        }
        StringBuilder out = new StringBuilder();
        int n = Math.min(findings.size(), MAX_LINES);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(finding(findings.get(i), source, locale));
        }
        if (findings.size() > n) {
            out.append('\n').append("  ").append(Texts.format(locale, "more", findings.size() - n));
        }
        return out.toString();
    }

    /** A section as {@code s2.s1 （一）坚持思想引领。}, for naming it in a message. */
    public static String section(Section s) {
        return s.id() + " " + oneLine(s.headingLine());
    }

    /** One line of an outline: indent, id, label and heading, kind, and the line it was read from. */
    public static String outlineLine(Section s, int depth, Locale locale) {
        boolean en = Texts.isEnglish(locale);
        StringBuilder out = new StringBuilder("  ");
        out.append("  ".repeat(Math.max(0, depth)))
                .append(s.id())
                .append(' ')
                .append(oneLine(s.headingLine()))
                .append(en ? " [" : "［")
                .append(s.kind().name());
        s.span()
                .ifPresent(span ->
                        out.append(en ? ", line " : "，第").append(span.line()).append(en ? "" : "行"));
        out.append(en ? "]" : "］");
        return out.toString();
    }

    /** The report's section tree, one section a line (all depths), at most {@link #MAX_LINES} lines. */
    public static String outline(AnnualReport report, Locale locale) {
        return outline(report.allSections().toList(), report.sections().isEmpty() ? 0 : 1, locale);
    }

    /** The top-level sections only, one a line. */
    public static String topLevel(AnnualReport report, Locale locale) {
        return outline(report.sections(), 1, locale);
    }

    /** {@code sections}, indented by their level below {@code topLevel}. */
    public static String outline(List<Section> sections, int topLevel, Locale locale) {
        if (sections.isEmpty()) {
            return Texts.format(locale, "noSections");
        }
        StringBuilder out = new StringBuilder();
        int n = Math.min(sections.size(), MAX_LINES);
        for (int i = 0; i < n; i++) {
            Section s = sections.get(i);
            if (i > 0) {
                out.append('\n');
            }
            out.append(outlineLine(s, depth(s) - topLevel, locale));
        }
        if (sections.size() > n) {
            out.append('\n').append("  ").append(Texts.format(locale, "more", sections.size() - n));
        }
        return out.toString();
    }

    private static int depth(Section s) {
        int depth = 1;
        for (int i = 0; i < s.id().length(); i++) {
            if (s.id().charAt(i) == '.') {
                depth++;
            }
        }
        return depth;
    }

    /** {@code text} on one line, at most a few hundred characters, for quoting in a message. */
    public static String oneLine(String text) {
        String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return clip(flat);
    }

    /** {@code text} cut after a few hundred characters (by code point), with an ellipsis. */
    public static String clip(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT)) + "……";
    }

    /** A quoted value, or the placeholder for a missing one. */
    public static String orNone(Optional<String> value, Locale locale) {
        return value.orElseGet(() -> Texts.format(locale, "none"));
    }

    /** A list of names joined for a message, or the placeholder when there are none. */
    public static String names(List<String> names, Locale locale) {
        if (names.isEmpty()) {
            return Texts.format(locale, "none");
        }
        return String.join(Texts.isEnglish(locale) ? ", " : "、", names);
    }
}
