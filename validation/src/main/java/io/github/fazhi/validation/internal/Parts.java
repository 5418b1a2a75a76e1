package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.StandardHeadings;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a report contains each mandated item, by meaning: a section of the item's kind at any depth, or,
 * for reports written as a series of thematic sections (the 上海 and 陕西 style), the equivalent content
 * elsewhere: thematic sections for item 1, a problems paragraph for item 2, first-responsible-person
 * content anywhere for item 3, a next-year paragraph for item 4.
 */
public final class Parts {

    /** Items 1 to 4, which every report must contain. */
    public static final List<SectionKind> REQUIRED = List.of(
            SectionKind.MEASURES_AND_RESULTS,
            SectionKind.SHORTCOMINGS_AND_CAUSES,
            SectionKind.FIRST_RESPONSIBLE_PERSON,
            SectionKind.NEXT_YEAR_PLAN);

    private static final Pattern SHORTCOMINGS_HEADING = Lexicon.anyOf(Lexicon.SHORTCOMING_MENTIONS);
    private static final Pattern SHORTCOMINGS_SENTENCE =
            Pattern.compile("(" + Lexicon.alternation(Lexicon.ADMISSION_WORDS) + ").{0,20}("
                    + Lexicon.alternation(Lexicon.SHORTCOMING_MENTIONS) + ")");
    private static final Pattern PLAN_HEADING = Lexicon.anyOf(Lexicon.PLAN_HEADING_WORDS);

    private Parts() {}

    /** Whether the report contains mandated item {@code kind}. */
    public static boolean present(AnnualReport report, SectionKind kind) {
        if (report.hasSection(kind)) {
            return true;
        }
        return switch (kind) {
            case MEASURES_AND_RESULTS -> report.sections().stream().anyMatch(s -> s.kind() == SectionKind.THEMATIC);
            case SHORTCOMINGS_AND_CAUSES ->
                report.allSections()
                                .anyMatch(s -> s.kind() == SectionKind.THEMATIC
                                        && SHORTCOMINGS_HEADING
                                                .matcher(s.heading())
                                                .find())
                        || report.query(
                                                Paragraph.class,
                                                p -> SHORTCOMINGS_SENTENCE
                                                        .matcher(Texts.firstSentence(p.text()))
                                                        .find())
                                        .size()
                                > 0;
            case FIRST_RESPONSIBLE_PERSON -> FirstResponsiblePerson.find(report).isPresent();
            case NEXT_YEAR_PLAN -> planHeading(report) || planParagraph(report);
            default -> false;
        };
    }

    private static boolean planHeading(AnnualReport report) {
        String next = report.reportingYear().isPresent()
                ? String.valueOf(report.reportingYear().getAsInt() + 1)
                : "\u0000";
        return report.allSections()
                .map(Section::heading)
                .anyMatch(h -> PLAN_HEADING.matcher(h).find() || h.startsWith(next + "年"));
    }

    private static boolean planParagraph(AnnualReport report) {
        String next = report.reportingYear().isPresent()
                ? String.valueOf(report.reportingYear().getAsInt() + 1)
                : "下一年度";
        Pattern p = Pattern.compile("^(" + Lexicon.alternation(Lexicon.PLAN_OPENINGS) + "|" + Pattern.quote(next)
                + "年度?)[，,]?.{0,60}(" + Lexicon.alternation(Lexicon.INTENT_WORDS) + ")");
        return !report.query(
                        Paragraph.class, para -> p.matcher(para.text().strip()).find())
                .isEmpty();
    }

    /** The name of mandated part {@code kind} in {@code locale}. */
    public static String name(SectionKind kind, Locale locale) {
        return Messages.textOrKey(Messages.PREFIX + "part." + kind.name(), locale);
    }

    /** The standard heading of part {@code kind} for the report's year, or the part's name when the year is unknown. */
    public static String standardHeading(AnnualReport report, SectionKind kind, Locale locale) {
        if (kind == SectionKind.OTHER) {
            return StandardHeadings.of(kind, 0);
        }
        if (report.reportingYear().isPresent() && kind != SectionKind.THEMATIC) {
            return StandardHeadings.of(kind, report.reportingYear().getAsInt());
        }
        return name(kind, locale);
    }
}
