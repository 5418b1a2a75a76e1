package io.github.fazhi.assertj;

import io.github.fazhi.assertj.internal.Describe;
import io.github.fazhi.assertj.internal.Validators;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on an {@link AnnualReport}: its title, year, issuer and parts, whether it passes validation, and
 * navigation into a section. Failure messages say what was expected, what the report has instead (its outline,
 * or its findings with rule, severity, place and message) and are written in Chinese unless the validator or
 * {@link #inLocale(Locale)} says otherwise.
 *
 * <pre>{@code
 * import static io.github.fazhi.assertj.FazhiAssertions.assertThat;
 *
 * assertThat(report)
 *         .hasTitle("清河市清河区司法局2024年法治政府建设年度报告")
 *         .hasReportingYear(2024)
 *         .hasIssuer("清河市清河区司法局")
 *         .hasPartsInMandatedOrder()
 *         .isValid();
 * assertThat(report).section(SectionKind.NEXT_YEAR_PLAN).hasHeading("2025年推进法治政府建设的主要安排");
 * assertThat(report).isValid(shaanxiProfile);
 * }</pre>
 *
 * <p>The validating assertions ({@link #isValid()}, {@link #hasNoFinding(String)}, {@link #hasFinding(String)},
 * {@link #validation()}, {@link #hasNoNewFindings(FindingsBaseline)}) check the report with the national profile
 * in Chinese unless {@link #usingValidator(ReportValidator)} names another validator; validators are built once
 * and shared.
 */
public class ReportAssert extends AbstractFazhiAssert<ReportAssert, AnnualReport> {

    private ReportValidator validator;
    private ReportValidator checkedWith;
    private ValidationReport checked;

    /**
     * An assertion on {@code actual}; prefer {@link FazhiAssertions#assertThat(AnnualReport)}. Public so that
     * soft assertions can proxy it.
     */
    public ReportAssert(AnnualReport actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * Checks the report with {@code validator} in the validating assertions that follow, and writes their
     * messages in its locale.
     */
    public ReportAssert usingValidator(ReportValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.locale = validator.locale();
        return myself;
    }

    /**
     * Writes failure messages in {@code locale}; the validating assertions then check the report with the same
     * profile in that locale.
     */
    @Override
    public ReportAssert inLocale(Locale locale) {
        super.inLocale(locale);
        if (validator != null && !validator.locale().equals(locale)) {
            validator = Validators.of(validator.profile(), locale);
        }
        return myself;
    }

    // ---- title, year, issuer --------------------------------------------------------------------------

    /** Verifies that the title, on one line, is {@code expected}. */
    public ReportAssert hasTitle(String expected) {
        Objects.requireNonNull(expected, "expected");
        if (skip()) {
            return myself;
        }
        Optional<String> title = actual.title().map(Title::text);
        if (!title.equals(Optional.of(expected))) {
            fail(text("report.title", expected, title.orElse(text("noTitle"))), title.orElse(null), expected);
        }
        return myself;
    }

    /** Verifies that the title contains {@code part}. */
    public ReportAssert hasTitleContaining(String part) {
        Objects.requireNonNull(part, "part");
        if (skip()) {
            return myself;
        }
        Optional<String> title = actual.title().map(Title::text);
        if (title.isEmpty() || !title.get().contains(part)) {
            fail(text("report.titleContaining", part, title.orElse(text("noTitle"))));
        }
        return myself;
    }

    /** Verifies that the report has no title. */
    public ReportAssert hasNoTitle() {
        if (skip()) {
            return myself;
        }
        if (actual.title().isPresent()) {
            fail(text("report.noTitle", actual.title().get().text()));
        }
        return myself;
    }

    /** Verifies that the report covers {@code year}. */
    public ReportAssert hasReportingYear(int year) {
        if (skip()) {
            return myself;
        }
        if (actual.reportingYear().isEmpty() || actual.reportingYear().getAsInt() != year) {
            String was = actual.reportingYear().isPresent()
                    ? String.valueOf(actual.reportingYear().getAsInt())
                    : text("unknown");
            fail(text("report.year", year, was), actual.reportingYear(), year);
        }
        return myself;
    }

    /** Verifies that {@code issuer} is the report's issuer or one of its joint issuers. */
    public ReportAssert hasIssuer(String issuer) {
        Objects.requireNonNull(issuer, "issuer");
        if (skip()) {
            return myself;
        }
        List<String> issuers = actual.metadata().issuers();
        if (!issuers.contains(issuer)) {
            fail(text("report.issuer", issuer, Describe.names(issuers, locale)));
        }
        return myself;
    }

    // ---- parts ----------------------------------------------------------------------------------------

    /** Verifies that a section of {@code kind} stands anywhere in the section tree. */
    public ReportAssert hasSection(SectionKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (skip()) {
            return myself;
        }
        if (!actual.hasSection(kind)) {
            fail(text("report.section", Describe.kind(kind, locale), kind.name(), Describe.outline(actual, locale)));
        }
        return myself;
    }

    /** Verifies that no section of {@code kind} stands anywhere in the section tree. */
    public ReportAssert doesNotHaveSection(SectionKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (skip()) {
            return myself;
        }
        List<Section> found = actual.sections(kind);
        if (!found.isEmpty()) {
            fail(text(
                    "report.noSection", Describe.kind(kind, locale), kind.name(), Describe.outline(found, 1, locale)));
        }
        return myself;
    }

    /** Verifies that the report has {@code expected} top-level sections. */
    public ReportAssert hasSectionCount(int expected) {
        if (skip()) {
            return myself;
        }
        if (actual.sections().size() != expected) {
            fail(text("report.sectionCount", expected, actual.sections().size(), Describe.topLevel(actual, locale)));
        }
        return myself;
    }

    /**
     * Verifies that each of the required parts (items 1 to 4: measures and results, shortcomings and causes,
     * the first responsible person, the next-year plan) stands as a section somewhere in the tree. Reports written
     * as a series of thematic sections can satisfy the validator's {@code part-missing} rule without such
     * sections; this assertion asks for the sections themselves.
     */
    public ReportAssert hasAllRequiredParts() {
        if (skip()) {
            return myself;
        }
        List<String> missing = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            if (kind.isRequired() && !actual.hasSection(kind)) {
                missing.add(Describe.kind(kind, locale) + " (" + kind.name() + ")");
            }
        }
        if (!missing.isEmpty()) {
            fail(text("report.requiredParts", Describe.names(missing, locale), Describe.outline(actual, locale)));
        }
        return myself;
    }

    /**
     * Verifies that the mandated parts among the top-level sections stand in the order of the 督察工作规定's list,
     * items 1, 2, 3, 4 and then 5, with item 3 (the first responsible person) also allowed first, as some reports
     * put it; the same order as the validator's {@code part-order} rule. Parts that are absent are not asked for
     * (see {@link #hasAllRequiredParts()}), but at least one mandated part must stand at the top level, or there
     * is no order to check.
     */
    public ReportAssert hasPartsInMandatedOrder() {
        if (skip()) {
            return myself;
        }
        List<Section> parts =
                actual.sections().stream().filter(s -> s.kind().isMandated()).toList();
        if (parts.isEmpty()) {
            fail(text("report.partOrderNone", Describe.topLevel(actual, locale)));
            return myself;
        }
        int start = parts.get(0).kind() == SectionKind.FIRST_RESPONSIBLE_PERSON ? 1 : 0;
        Section highest = null;
        for (Section s : parts.subList(start, parts.size())) {
            if (highest != null && s.kind().mandatedItem() < highest.kind().mandatedItem()) {
                fail(text("report.partOrder", part(s), part(highest), Describe.topLevel(actual, locale)));
            }
            if (highest == null || s.kind().mandatedItem() > highest.kind().mandatedItem()) {
                highest = s;
            }
        }
        return myself;
    }

    private String part(Section s) {
        return text("item", s.kind().mandatedItem()) + " " + Describe.section(s);
    }

    // ---- sign-off -------------------------------------------------------------------------------------

    /** Verifies that the report ends with a sign-off (落款). */
    public ReportAssert hasSignOff() {
        if (skip()) {
            return myself;
        }
        if (actual.signOff().isEmpty()) {
            fail(text("report.signOff"));
        }
        return myself;
    }

    /** Verifies that {@code issuer} is one of the names in the sign-off. */
    public ReportAssert isSignedOffBy(String issuer) {
        Objects.requireNonNull(issuer, "issuer");
        if (skip()) {
            return myself;
        }
        List<String> names = actual.signOff().map(SignOff::issuers).orElse(List.of());
        if (!names.contains(issuer)) {
            String was = actual.signOff().isEmpty() ? text("noSignOff") : Describe.names(names, locale);
            fail(text("report.signedOffBy", issuer, was));
        }
        return myself;
    }

    /** Verifies that the date of issue (成文日期) in the sign-off falls in {@code year}. */
    public ReportAssert isDatedIn(int year) {
        if (skip()) {
            return myself;
        }
        Optional<LocalDate> date = actual.dateOfIssue();
        if (date.isEmpty() || date.get().getYear() != year) {
            fail(text("report.datedIn", year, dateText()));
        }
        return myself;
    }

    /** Verifies that the date of issue (成文日期) in the sign-off is {@code expected}. */
    public ReportAssert isDated(LocalDate expected) {
        Objects.requireNonNull(expected, "expected");
        if (skip()) {
            return myself;
        }
        Optional<LocalDate> date = actual.dateOfIssue();
        if (!date.equals(Optional.of(expected))) {
            fail(text("report.dated", SignOff.formatDate(expected), dateText()), date.orElse(null), expected);
        }
        return myself;
    }

    private String dateText() {
        Optional<String> printed = actual.signOff().flatMap(SignOff::dateText);
        if (actual.dateOfIssue().isPresent()) {
            return printed.orElse(SignOff.formatDate(actual.dateOfIssue().get()));
        }
        return printed.map(p -> p + " " + text("noDate")).orElse(text("noDate"));
    }

    // ---- navigation -----------------------------------------------------------------------------------

    /**
     * Navigates to the first section of {@code kind}, at any depth, in document order.
     *
     * <pre>{@code
     * assertThat(report).section(SectionKind.FIRST_RESPONSIBLE_PERSON).containsText("述法");
     * }</pre>
     */
    public SectionAssert section(SectionKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (detached || actual == null) {
            return fromNothing(SectionAssert.class, Section.class, SectionAssert::new);
        }
        List<Section> found = actual.sections(kind);
        if (found.isEmpty()) {
            return missing(
                    text("report.section", Describe.kind(kind, locale), kind.name(), Describe.outline(actual, locale)),
                    SectionAssert.class,
                    Section.class,
                    SectionAssert::new);
        }
        return child(SectionAssert.class, Section.class, found.get(0), SectionAssert::new);
    }

    /**
     * Navigates to the section with the element id {@code id} ({@code s2} for the second top-level section,
     * {@code s1.s3} for the third sub-section of the first).
     */
    public SectionAssert section(String id) {
        Objects.requireNonNull(id, "id");
        if (detached || actual == null) {
            return fromNothing(SectionAssert.class, Section.class, SectionAssert::new);
        }
        Optional<Element> found = actual.findById(id).filter(Section.class::isInstance);
        if (found.isEmpty()) {
            return missing(
                    text("report.sectionId", id, Describe.outline(actual, locale)),
                    SectionAssert.class,
                    Section.class,
                    SectionAssert::new);
        }
        return child(SectionAssert.class, Section.class, (Section) found.get(), SectionAssert::new);
    }

    // ---- validation -----------------------------------------------------------------------------------

    /**
     * Verifies that the report has no finding of severity ERROR under the national profile (or the validator set
     * with {@link #usingValidator(ReportValidator)}). Warnings and infos pass; the message counts them.
     */
    public ReportAssert isValid() {
        if (skip()) {
            return myself;
        }
        return assertValid(validate());
    }

    /**
     * Verifies that the report has no finding of severity ERROR under {@code profile}, checked in this assertion's
     * locale.
     */
    public ReportAssert isValid(Profile profile) {
        Objects.requireNonNull(profile, "profile");
        if (skip()) {
            return myself;
        }
        return assertValid(validate(Validators.of(profile, locale)));
    }

    /** Verifies that the report has no finding of severity ERROR under {@code profile}, with messages in {@code in}. */
    public ReportAssert isValid(Profile profile, Locale in) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(in, "locale");
        if (skip()) {
            return myself;
        }
        return assertValid(validate(Validators.of(profile, in)));
    }

    /** Verifies that {@code validator} finds no ERROR in the report. */
    public ReportAssert isValid(ReportValidator validator) {
        Objects.requireNonNull(validator, "validator");
        if (skip()) {
            return myself;
        }
        return assertValid(validate(validator));
    }

    private ReportAssert assertValid(ValidationReport result) {
        if (result.hasErrors()) {
            Locale in = result.locale();
            String message = text(
                            in,
                            "report.valid",
                            result.profile().name(),
                            result.errors().size(),
                            Describe.findings(result.errors(), result.source(), in))
                    + (result.findings().size() > result.errors().size()
                            ? text(
                                    in,
                                    "report.otherFindings",
                                    result.count(Severity.WARNING),
                                    result.count(Severity.INFO))
                            : "");
            fail(message);
        }
        return myself;
    }

    /** Verifies that the validator finds nothing under the rule {@code ruleId} (of any severity). */
    public ReportAssert hasNoFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (skip()) {
            return myself;
        }
        ValidationReportAssert.assertNoFinding(this, validate(), ruleId);
        return myself;
    }

    /**
     * Verifies that the validator finds something under the rule {@code ruleId} and navigates to those findings.
     *
     * <pre>{@code
     * assertThat(brokenReport).hasFinding("numbering-gap").at("s3.s2").withSeverity(Severity.ERROR);
     * }</pre>
     */
    public FindingAssert hasFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (detached || actual == null) {
            return fromNothing(FindingAssert.class, FindingAssert.ACTUAL_TYPE, FindingAssert::new);
        }
        return validation().hasFinding(ruleId);
    }

    /** Checks the report and navigates to the result, for the assertions of {@link ValidationReportAssert}. */
    public ValidationReportAssert validation() {
        if (detached || actual == null) {
            return fromNothing(ValidationReportAssert.class, ValidationReport.class, ValidationReportAssert::new);
        }
        ValidationReport result = validate();
        ValidationReportAssert child =
                child(ValidationReportAssert.class, ValidationReport.class, result, ValidationReportAssert::new);
        child.locale = result.locale();
        return child;
    }

    /**
     * Verifies that the validator finds nothing beyond what {@code baseline} records: the assertion for legacy
     * reports. Findings match on rule id, element id and message, not on line numbers, so they survive edits
     * elsewhere in the file. The baseline must hold the findings of this report only (or of no report); for a
     * baseline of several files, name the report's file with {@link #hasNoNewFindings(FindingsBaseline, String)}.
     */
    public ReportAssert hasNoNewFindings(FindingsBaseline baseline) {
        Objects.requireNonNull(baseline, "baseline");
        if (skip()) {
            return myself;
        }
        ValidationReport result = validate();
        String file = baseline.fileFor(result.source(), result.locale());
        BaselineComparisonAssert.assertNoNew(this, baseline.compare(file, result), result.locale());
        return myself;
    }

    /** Verifies that the validator finds nothing in this report, read from {@code file}, beyond {@code baseline}. */
    public ReportAssert hasNoNewFindings(FindingsBaseline baseline, String file) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(file, "file");
        if (skip()) {
            return myself;
        }
        ValidationReport result = validate();
        BaselineComparisonAssert.assertNoNew(this, baseline.compare(file, result), result.locale());
        return myself;
    }

    private ValidationReport validate() {
        return validate(validator != null ? validator : Validators.national(locale));
    }

    private ValidationReport validate(ReportValidator with) {
        if (checked == null || checkedWith != with) {
            checked = with.validate(actual);
            checkedWith = with;
        }
        return checked;
    }
}
