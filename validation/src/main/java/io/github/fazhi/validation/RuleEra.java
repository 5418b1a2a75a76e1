package io.github.fazhi.validation;

import io.github.fazhi.validation.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules in force for a reporting year (domain.md §1.1, §1.2). Reports for the years up to 2018 were written
 * under the 2015 纲要 (法治政府建设实施纲要（2015－2020年）), which asked for a report on the previous year's work in
 * the first quarter, and the 2016 第一责任人 规定; the 2019 规定 (法治政府建设与责任落实督察工作规定, in force from
 * 15 April 2019) fixed the five items, their order, and the 1 March and 1 April deadlines. A profile that does not
 * pin an era ({@link Profile.Builder#era(RuleEra)}) is checked with the era of the report's year.
 *
 * <pre>{@code
 * ValidationReport result = ReportValidator.national().validate(report2017);
 * result.era();                    // GUIDELINE_2015
 * result.era().isCurrent();        // false
 * result.era().name(Locale.ENGLISH);
 * }</pre>
 */
public enum RuleEra {

    /**
     * Reporting years up to 2018: the 2015 纲要 and the 2016 第一责任人 规定. No mandated parts, order or own part for
     * the first-responsible-person content; submission in the first quarter (by 31 March) and no publication
     * deadline.
     */
    GUIDELINE_2015(
            "guideline-2015",
            2018,
            Set.of(
                    "part-missing",
                    "part-order",
                    "shortcomings-causes-missing",
                    "frp-not-own-part",
                    "other-part-absent"),
            Map.of(Profile.SUBMISSION_DEADLINE, "--03-31", Profile.DISCLOSURE_DEADLINE, "--12-31")),

    /** Reporting years from 2019: the 2019 规定 with its five items and deadlines; the current rules. */
    REGULATION_2019("regulation-2019", Integer.MAX_VALUE, Set.of(), Map.of());

    private final String id;
    private final int lastYear;
    private final Set<String> notInForce;
    private final Map<String, String> parameters;

    RuleEra(String id, int lastYear, Set<String> notInForce, Map<String, String> parameters) {
        this.id = id;
        this.lastYear = lastYear;
        this.notInForce = notInForce;
        this.parameters = parameters;
    }

    /** The era whose rules are in force now. */
    public static RuleEra current() {
        return REGULATION_2019;
    }

    /** The era of reporting year {@code year}: {@link #GUIDELINE_2015} up to 2018, else the current one. */
    public static RuleEra forYear(int year) {
        for (RuleEra e : values()) {
            if (year <= e.lastYear) {
                return e;
            }
        }
        return current();
    }

    /** The stable id written in the JSON and SARIF output, e.g. {@code guideline-2015}. */
    public String id() {
        return id;
    }

    /** Whether this is the era of the rules in force now. */
    public boolean isCurrent() {
        return this == current();
    }

    /** The ids of library rules that did not apply in this era (checked in every later one), sorted. */
    public List<String> rulesNotInForce() {
        return notInForce.stream().sorted().toList();
    }

    /** Whether rule {@code ruleId} applies in this era. */
    public boolean inForce(String ruleId) {
        return !notInForce.contains(Objects.requireNonNull(ruleId, "ruleId"));
    }

    /**
     * The parameters this era gives their own value (the deadlines), used unless the profile sets them itself.
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The era's name for people, e.g. {@code 2015年纲要与2016年第一责任人规定}, in {@code locale}. */
    public String name(Locale locale) {
        return Messages.textOrKey(Messages.PREFIX + "era." + id, Objects.requireNonNull(locale, "locale"));
    }
}
