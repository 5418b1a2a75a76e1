package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
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

    private static final Pattern SHORTCOMINGS_HEADING = Pattern.compile("不足|问题|短板|差距|薄弱");
    private static final Pattern SHORTCOMINGS_SENTENCE =
            Pattern.compile("(存在|面临|仍有|还有|尚有|认识到|看到|清醒).{0,20}(问题|不足|差距|短板|薄弱|困难)");
    private static final Pattern PLAN_HEADING = Pattern.compile("下一步|下一年度|工作安排|工作打算|工作思路|主要安排|工作计划|今后");

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
        Pattern p = Pattern.compile("^(下一步|下一年度|今后|明年|" + next + "年度?)[，,]?.{0,60}(将|要|继续|计划|拟|着力|重点)");
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
