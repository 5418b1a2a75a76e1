package io.github.fazhi.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds an {@link AnnualReport} the way a person would write one, filling in what they would
 * otherwise type: the numbering of every heading, the standard headings of the mandated parts for the
 * reporting year, the title and the sign-off issuer. Not thread-safe; the report it builds is.
 *
 * <pre>{@code
 * AnnualReport report = AnnualReport.builder()
 *         .issuer("清河市清河区司法局")
 *         .reportingYear(2024)
 *         .subject(SubjectType.GOVERNMENT_DEPARTMENT, AdministrativeLevel.COUNTY)
 *         .preamble("2024年，区司法局……现将有关情况报告如下：")
 *         .measuresAndResults(part -> part
 *                 .runIn("坚持思想引领", "局党组……")
 *                 .runIn("严格规范执法", "全年……"))
 *         .shortcomingsAndCauses(part -> part.paragraph("……"))
 *         .firstResponsiblePerson(part -> part.paragraph("……"))
 *         .nextYearPlan(part -> part.paragraph("……"))
 *         .signOff(LocalDate.of(2025, 1, 20))
 *         .build();
 * }</pre>
 *
 * <p>Mandated parts need the reporting year for their standard headings; set it before adding them.
 */
public final class ReportBuilder {

    private final ReportMetadata.Builder metadata = ReportMetadata.builder();
    private List<String> issuers = List.of();
    private Integer reportingYear;
    private final List<HeaderLine> header = new ArrayList<>();
    private Optional<String> title = Optional.empty();
    private boolean standardTitle = true;
    private final List<Block> preamble = new ArrayList<>();
    private final List<SectionBuilder> parts = new ArrayList<>();
    private Optional<SignOff> signOff = Optional.empty();
    /** A sign-off to make from the issuers and this date at build time. */
    private Optional<LocalDate> signOffDate = Optional.empty();

    private final List<Block> trailing = new ArrayList<>();

    ReportBuilder() {}

    /** Sets the issuing organ. */
    public ReportBuilder issuer(String name) {
        return issuers(List.of(name));
    }

    /** Sets joint issuers, lead organ first. */
    public ReportBuilder issuers(List<String> names) {
        issuers = List.copyOf(names);
        metadata.issuers(issuers);
        return this;
    }

    /** Sets the year the report covers; the standard headings depend on it. */
    public ReportBuilder reportingYear(int year) {
        reportingYear = year;
        metadata.reportingYear(year);
        return this;
    }

    /** Sets the subject type and level. */
    public ReportBuilder subject(SubjectType type, AdministrativeLevel level) {
        metadata.subjectType(type).level(level);
        return this;
    }

    /** Sets the subject type, leaving the level unknown. */
    public ReportBuilder subject(SubjectType type) {
        metadata.subjectType(type);
        return this;
    }

    /** Sets the 主送机关 and prints them on an addressee line after the title. */
    public ReportBuilder mainRecipients(String... names) {
        metadata.mainRecipients(Arrays.asList(names));
        header.removeIf(l -> l.kind() == HeaderLineKind.ADDRESSEE);
        if (names.length > 0) {
            header.add(HeaderLine.of(HeaderLineKind.ADDRESSEE, String.join("、", names) + "："));
        }
        return this;
    }

    /** Sets the 抄送机关. */
    public ReportBuilder ccRecipients(String... names) {
        metadata.ccRecipients(Arrays.asList(names));
        return this;
    }

    /** Sets the 文号. */
    public ReportBuilder documentNumber(String number) {
        metadata.documentNumber(number);
        return this;
    }

    /** Sets the publication record. */
    public ReportBuilder disclosure(Disclosure disclosure) {
        metadata.disclosure(disclosure);
        return this;
    }

    /** Sets the title; by default it is {@link StandardHeadings#title} of the issuer and year. */
    public ReportBuilder title(String text) {
        title = Optional.of(text);
        standardTitle = true;
        return this;
    }

    /** Builds the report without a title. */
    public ReportBuilder withoutTitle() {
        title = Optional.empty();
        standardTitle = false;
        return this;
    }

    /** Adds preamble paragraphs. */
    public ReportBuilder preamble(String... paragraphs) {
        for (String p : paragraphs) {
            preamble.add(Paragraph.of(p));
        }
        return this;
    }

    /** Adds mandated part {@code kind} with its standard heading for the reporting year. */
    public ReportBuilder part(SectionKind kind, Consumer<SectionBuilder> content) {
        if (kind == SectionKind.THEMATIC) {
            throw new IllegalArgumentException("a thematic section has no standard heading: use section(heading, …)");
        }
        String heading = kind == SectionKind.OTHER ? StandardHeadings.of(kind, 0) : StandardHeadings.of(kind, year());
        SectionBuilder part = new SectionBuilder(kind, heading, false);
        content.accept(part);
        parts.add(part);
        return this;
    }

    /** Adds part 1, 主要举措和成效, with its standard heading. */
    public ReportBuilder measuresAndResults(Consumer<SectionBuilder> content) {
        return part(SectionKind.MEASURES_AND_RESULTS, content);
    }

    /** Adds part 2, 存在的不足和原因, with its standard heading. */
    public ReportBuilder shortcomingsAndCauses(Consumer<SectionBuilder> content) {
        return part(SectionKind.SHORTCOMINGS_AND_CAUSES, content);
    }

    /** Adds part 3, 第一责任人职责情况, with its standard heading. */
    public ReportBuilder firstResponsiblePerson(Consumer<SectionBuilder> content) {
        return part(SectionKind.FIRST_RESPONSIBLE_PERSON, content);
    }

    /** Adds part 4, the next year's 主要安排, with its standard heading. */
    public ReportBuilder nextYearPlan(Consumer<SectionBuilder> content) {
        return part(SectionKind.NEXT_YEAR_PLAN, content);
    }

    /** Adds part 5, 其他需要报告的情况. */
    public ReportBuilder other(Consumer<SectionBuilder> content) {
        return part(SectionKind.OTHER, content);
    }

    /** Adds a top-level section with its own heading, of kind {@code THEMATIC} unless the content sets one. */
    public ReportBuilder section(String heading, Consumer<SectionBuilder> content) {
        SectionBuilder part = new SectionBuilder(SectionKind.THEMATIC, heading, false);
        content.accept(part);
        parts.add(part);
        return this;
    }

    /** Signs off with the issuer(s) and the date of issue, written {@code 2025年1月20日}. */
    public ReportBuilder signOff(LocalDate dateOfIssue) {
        signOffDate = Optional.of(dateOfIssue);
        signOff = Optional.empty();
        return this;
    }

    /** Signs off with the given sign-off. */
    public ReportBuilder signOff(SignOff value) {
        signOff = Optional.of(value);
        signOffDate = Optional.empty();
        return this;
    }

    /** Adds a paragraph after the sign-off. */
    public ReportBuilder trailing(String text) {
        trailing.add(Paragraph.of(text));
        return this;
    }

    private int year() {
        if (reportingYear == null) {
            throw new IllegalStateException(
                    "set reportingYear(…) before adding mandated parts: their headings name the year");
        }
        return reportingYear;
    }

    /**
     * Builds the report.
     *
     * @throws IllegalStateException when a sign-off or standard title is wanted but no issuer was set
     */
    public AnnualReport build() {
        List<Section> sections = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            sections.add(parts.get(i).build(new Numbering(1, i + 1)));
        }
        Optional<Title> builtTitle = title.map(Title::of);
        if (builtTitle.isEmpty() && standardTitle && !issuers.isEmpty() && reportingYear != null) {
            builtTitle = Optional.of(Title.of(StandardHeadings.title(issuers.get(0), reportingYear)));
        }
        Optional<SignOff> builtSignOff = signOff;
        if (signOffDate.isPresent()) {
            if (issuers.isEmpty()) {
                throw new IllegalStateException("set issuer(…) before signOff(date): the sign-off names the issuer");
            }
            builtSignOff = Optional.of(SignOff.of(issuers, signOffDate.get()));
        }
        return new AnnualReport(metadata.build(), header, builtTitle, preamble, sections, builtSignOff, trailing);
    }
}
