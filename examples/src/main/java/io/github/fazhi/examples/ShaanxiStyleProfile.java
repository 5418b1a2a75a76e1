package io.github.fazhi.examples;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.StandardHeadings;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Rule;
import io.github.fazhi.validation.RuleCategory;
import io.github.fazhi.validation.RuleContext;
import io.github.fazhi.validation.Severity;
import java.util.Locale;

/**
 * A local guideline as a profile: the provincial 法治政府建设年度报告工作指引 of 2023 (Shaanxi style, see
 * domain.md §3.1) prescribes the report's name, {@code …法治政府建设年度报告}, and its offices expect a dated
 * sign-off. This profile extends the national rules with a rule of its own for the title and raises
 * {@code signoff-missing} from a note to an error, without touching the library.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder().profile(ShaanxiStyleProfile.profile()).build();
 * validator.validate(report).errors(); // guideline-title and signoff-missing are errors here
 * }</pre>
 */
public final class ShaanxiStyleProfile {

    /** The id of the profile's own rule. */
    public static final String GUIDELINE_TITLE = "guideline-title";

    /** The name the guideline prescribes for the report. */
    public static final String PRESCRIBED_NAME = "法治政府建设年度报告";

    /** The profile's own rule: the title is the prescribed name. */
    public static final Rule GUIDELINE_TITLE_RULE = Rule.builder(GUIDELINE_TITLE)
            .defaultSeverity(Severity.ERROR)
            .category(RuleCategory.STRUCTURE)
            .description(Locale.CHINESE, "标题应使用指引规定的名称“……法治政府建设年度报告”")
            .description(Locale.ENGLISH, "The title uses the name the guideline prescribes, ending in 法治政府建设年度报告")
            .message(Locale.CHINESE, "标题“{title}”不是指引规定的报告名称，应以“法治政府建设年度报告”结尾")
            .message(
                    Locale.ENGLISH,
                    "The title \"{title}\" is not the name the guideline prescribes; it ends in 法治政府建设年度报告")
            .fix(Locale.CHINESE, "改为“{suggested}”")
            .fix(Locale.ENGLISH, "Change it to \"{suggested}\"")
            .build();

    private static final Profile PROFILE = Profile.extending(Profile.national())
            .name("shaanxi-style-2023")
            .rule(GUIDELINE_TITLE_RULE, ShaanxiStyleProfile::checkTitle)
            .severity("signoff-missing", Severity.ERROR)
            .build();

    private ShaanxiStyleProfile() {}

    /** The profile: national rules, the guideline title as an error, a dated sign-off required. */
    public static Profile profile() {
        return PROFILE;
    }

    /** A validator with this profile, in Chinese. */
    public static ReportValidator validator() {
        return ReportValidator.builder().profile(PROFILE).build();
    }

    private static void checkTitle(AnnualReport report, RuleContext context) {
        report.title().ifPresent(title -> {
            String text = title.text().replace(" ", "").replace("\u3000", "").strip();
            if (text.endsWith(PRESCRIBED_NAME)) {
                return;
            }
            String suggested = report.issuer().isPresent()
                            && report.reportingYear().isPresent()
                    ? StandardHeadings.title(
                            report.issuer().get(), report.reportingYear().getAsInt())
                    : "……" + PRESCRIBED_NAME;
            context.at(title)
                    .param("title", title.text())
                    .param("suggested", suggested)
                    .detail("expectedEnding", PRESCRIBED_NAME)
                    .fix()
                    .report();
        });
    }
}
