package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The peer of fazhi's validation: plain beans mirroring report, section, paragraph and sign-off, with
 * only Bean Validation's built-in constraints, as an app would write them without fazhi. They check
 * what built-in constraints can: required parts present and non-blank, sizes, the four mandated parts
 * by count, number labels of the standard forms, placeholders and half-width punctuation in
 * paragraphs, the sign-off date's form. Built once from a report, outside the measurement.
 */
public final class BeanGraph {

    private BeanGraph() {}

    /** The report as beans. */
    public static ReportBean of(AnnualReport report) {
        ReportBean bean = new ReportBean();
        bean.title = report.title().map(t -> t.text()).orElse(null);
        bean.reportingYear =
                report.reportingYear().isPresent() ? report.reportingYear().getAsInt() : null;
        bean.issuers = report.metadata().issuers();
        bean.preamble =
                report.preambleParagraphs().stream().map(BeanGraph::paragraph).toList();
        bean.sections = report.sections().stream().map(BeanGraph::section).toList();
        bean.signOff = report.signOff()
                .map(s -> {
                    SignOffBean b = new SignOffBean();
                    b.issuers = s.issuers();
                    b.dateText = s.dateText().orElse(null);
                    b.date = s.date().orElse(null);
                    return b;
                })
                .orElse(null);
        return bean;
    }

    private static SectionBean section(Section s) {
        SectionBean bean = new SectionBean();
        bean.printedNumber = s.printedNumber().orElse(s.label());
        bean.heading = s.heading();
        bean.level = s.level();
        bean.ordinal = s.number().ordinal();
        bean.paragraphs = s.paragraphs().stream().map(BeanGraph::paragraph).toList();
        bean.subsections = s.subsections().stream().map(BeanGraph::section).toList();
        return bean;
    }

    private static ParagraphBean paragraph(Paragraph p) {
        ParagraphBean bean = new ParagraphBean();
        bean.text = p.text();
        return bean;
    }

    /** A report. */
    public static final class ReportBean {
        @NotBlank
        @Size(max = 200)
        String title;

        @NotNull
        @Min(1949)
        @Max(2999)
        Integer reportingYear;

        @NotEmpty
        List<@NotBlank @Size(max = 100) String> issuers;

        @NotEmpty
        List<@Valid ParagraphBean> preamble;

        @NotNull
        @Size(min = 4, max = 5, message = "the four mandated parts, and perhaps the fifth")
        List<@Valid SectionBean> sections;

        @NotNull
        @Valid
        SignOffBean signOff;
    }

    /** A section. */
    public static final class SectionBean {
        @Pattern(regexp = "[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\\.|（[0-9]+）")
        String printedNumber;

        @NotBlank
        @Size(max = 120)
        String heading;

        @Min(1)
        @Max(4)
        int level;

        @Positive
        int ordinal;

        @NotNull
        List<@Valid ParagraphBean> paragraphs;

        @NotNull
        List<@Valid SectionBean> subsections;
    }

    /** A paragraph. */
    public static final class ParagraphBean {
        @NotBlank
        @Size(max = 20_000)
        @Pattern(regexp = "(?s)(?!.*(××|XX|某某)).*", message = "unfilled placeholder")
        @Pattern(regexp = "(?s)(?!.*\\p{IsHan}[,;:()]\\p{IsHan}).*", message = "half-width punctuation")
        String text;
    }

    /** The sign-off. */
    public static final class SignOffBean {
        @NotEmpty
        List<@NotBlank String> issuers;

        @NotNull
        @Pattern(regexp = "[0-9]{4}年[1-9][0-9]?月[1-9][0-9]?日")
        String dateText;

        @NotNull
        @PastOrPresent
        LocalDate date;
    }
}
