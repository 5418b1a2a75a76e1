package io.github.fazhi.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A 法治政府建设年度报告: immutable, free of nulls and safe to share between threads.
 *
 * <p>Ids are assigned on construction from each element's place ({@code h1}, {@code title},
 * {@code pre.p1}, {@code s2.s1.p3}, {@code signoff}, {@code end.p1}), so two reports with the same
 * content are equal whatever ids their parts carried before. Page furniture kept from the source counts
 * apart ({@code hf1} in the header, {@code s2.f1}, {@code end.f1} among blocks), so it never shifts the ids
 * of the report's own lines and paragraphs.
 *
 * <pre>{@code
 * AnnualReport report = AnnualReport.builder()
 *         .issuer("清河市清河区司法局")
 *         .reportingYear(2024)
 *         .preamble("2024年，区司法局……现将有关情况报告如下：")
 *         .measuresAndResults(part -> part.runIn("坚持思想引领", "局党组……"))
 *         .shortcomingsAndCauses(part -> part.paragraph("……"))
 *         .firstResponsiblePerson(part -> part.paragraph("……"))
 *         .nextYearPlan(part -> part.paragraph("……"))
 *         .signOff(LocalDate.of(2025, 1, 20))
 *         .build();
 * report.sections(SectionKind.NEXT_YEAR_PLAN).get(0).heading(); // "2025年推进法治政府建设的主要安排"
 * }</pre>
 *
 * @param metadata issuer, year, subject, recipients, disclosure
 * @param header lines printed before or around the title (issuer line, 文号, addressee, page furniture)
 * @param title the title, absent when the document has none
 * @param preamble the blocks before the first section: paragraphs, and page furniture where it stood
 * @param sections the top-level sections
 * @param signOff the 落款 and 成文日期, when present
 * @param trailing text after the sign-off (notes, attachment lines, a portal's footer), kept as blocks
 */
public record AnnualReport(
        ReportMetadata metadata,
        List<HeaderLine> header,
        Optional<Title> title,
        List<Block> preamble,
        List<Section> sections,
        Optional<SignOff> signOff,
        List<Block> trailing) {

    /** Checks for nulls, copies the lists and gives every element the id of its place. */
    public AnnualReport {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(signOff, "signOff");
        header = headerIds(header);
        title = title.map(t -> t.id().equals(Title.ID) ? t : new Title(Title.ID, t.text(), t.lines(), t.span()));
        preamble = Blocks.withIds(preamble, "pre.");
        List<Section> numbered = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            numbered.add(sections.get(i).withIds("s" + (i + 1)));
        }
        sections = List.copyOf(numbered);
        signOff = signOff.map(s ->
                s.id().equals(SignOff.ID) ? s : new SignOff(SignOff.ID, s.issuers(), s.dateText(), s.date(), s.span()));
        trailing = Blocks.withIds(trailing, "end.");
    }

    /** {@code h1, h2, …} for the header lines, {@code hf1, hf2, …} for page furniture among them. */
    private static List<HeaderLine> headerIds(List<HeaderLine> header) {
        List<HeaderLine> out = new ArrayList<>(header.size());
        int lines = 0;
        int furniture = 0;
        for (HeaderLine h : header) {
            Objects.requireNonNull(h, "header line");
            out.add(h.withId(h.kind() == HeaderLineKind.FURNITURE ? "hf" + ++furniture : "h" + ++lines));
        }
        return List.copyOf(out);
    }

    /** The paragraphs of the preamble, without page furniture. */
    public List<Paragraph> preambleParagraphs() {
        return paragraphsOf(preamble);
    }

    /** The paragraphs after the sign-off, without page furniture. */
    public List<Paragraph> trailingParagraphs() {
        return paragraphsOf(trailing);
    }

    private static List<Paragraph> paragraphsOf(List<Block> blocks) {
        List<Paragraph> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** A builder that fills in numbering and the standard headings of the mandated parts. */
    public static ReportBuilder builder() {
        return new ReportBuilder();
    }

    /** The reporting year, when known. */
    public OptionalInt reportingYear() {
        return metadata.reportingYear();
    }

    /** The lead issuer, when known. */
    public Optional<String> issuer() {
        return metadata.issuer();
    }

    /** The date of issue (成文日期) from the sign-off, when it has a date that parses. */
    public Optional<LocalDate> dateOfIssue() {
        return signOff.flatMap(SignOff::date);
    }

    /**
     * Every element in document order ({@link ReportParts}): header lines before the title, the title, header
     * lines after it, preamble, sections depth first, sign-off, trailing.
     */
    public Stream<Element> walk() {
        List<Element> out = new ArrayList<>();
        visitParts(new ReportParts() {
            @Override
            public void beforeTitle(List<HeaderLine> lines) {
                out.addAll(lines);
            }

            @Override
            public void title(Title t) {
                out.add(t);
            }

            @Override
            public void afterTitle(List<HeaderLine> lines) {
                out.addAll(lines);
            }

            @Override
            public void preamble(List<Block> blocks) {
                out.addAll(blocks);
            }

            @Override
            public void section(Section s) {
                s.addWalk(out);
            }

            @Override
            public void signOff(SignOff s) {
                out.add(s);
            }

            @Override
            public void trailing(List<Block> blocks) {
                out.addAll(blocks);
            }
        });
        return out.stream();
    }

    /**
     * Hands the report's parts to {@code parts} in document order — the one order every writer and renderer
     * follows (see {@link ReportParts}).
     */
    public void visitParts(ReportParts parts) {
        List<HeaderLine> before = new ArrayList<>();
        List<HeaderLine> after = new ArrayList<>();
        for (HeaderLine h : header) {
            (h.afterTitle() ? after : before).add(h);
        }
        parts.beforeTitle(List.copyOf(before));
        title.ifPresent(parts::title);
        parts.afterTitle(List.copyOf(after));
        parts.preamble(preamble);
        sections.forEach(parts::section);
        signOff.ifPresent(parts::signOff);
        parts.trailing(trailing);
    }

    /** Every section at any depth, in document order. */
    public Stream<Section> allSections() {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            s.addAllSections(out);
        }
        return out.stream();
    }

    /** The sections of {@code kind} at any depth, in document order. */
    public List<Section> sections(SectionKind kind) {
        return allSections().filter(s -> s.kind() == kind).toList();
    }

    /** Whether a section of {@code kind} stands anywhere in the tree. */
    public boolean hasSection(SectionKind kind) {
        Objects.requireNonNull(kind, "kind");
        for (Section s : sections) {
            if (s.hasSection(kind)) {
                return true;
            }
        }
        return false;
    }

    /** The elements of {@code type} that match {@code filter}, in document order. */
    public <T extends Element> List<T> query(Class<T> type, Predicate<? super T> filter) {
        return walk().filter(type::isInstance).map(type::cast).filter(filter).toList();
    }

    /** The element with {@code id}, if there is one. */
    public Optional<Element> findById(String id) {
        return walk().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The same report without any source spans, for comparing a read report with a built one. */
    public AnnualReport withoutSpans() {
        return new AnnualReport(
                metadata,
                header.stream().map(HeaderLine::withoutSpan).toList(),
                title.map(Title::withoutSpan),
                Blocks.withoutSpans(preamble),
                sections.stream().map(Section::withoutSpans).toList(),
                signOff.map(SignOff::withoutSpan),
                Blocks.withoutSpans(trailing));
    }

    /**
     * The same report without the page furniture a reader kept ({@link HeaderLineKind#FURNITURE} header
     * lines and {@link PageFurniture} blocks): the report as its author wrote it.
     */
    public AnnualReport withoutPageFurniture() {
        return new AnnualReport(
                metadata,
                header.stream()
                        .filter(h -> h.kind() != HeaderLineKind.FURNITURE)
                        .toList(),
                title,
                withoutFurniture(preamble),
                sections.stream().map(AnnualReport::withoutFurniture).toList(),
                signOff,
                withoutFurniture(trailing));
    }

    private static Section withoutFurniture(Section s) {
        return s.withBlocks(withoutFurniture(s.blocks()))
                .withSubsections(s.subsections().stream()
                        .map(AnnualReport::withoutFurniture)
                        .toList());
    }

    private static List<Block> withoutFurniture(List<Block> blocks) {
        return blocks.stream().filter(b -> !(b instanceof PageFurniture)).toList();
    }

    /** This report with other metadata. */
    public AnnualReport withMetadata(ReportMetadata newMetadata) {
        return new AnnualReport(newMetadata, header, title, preamble, sections, signOff, trailing);
    }

    /** This report with other top-level sections. */
    public AnnualReport withSections(List<Section> newSections) {
        return new AnnualReport(metadata, header, title, preamble, newSections, signOff, trailing);
    }

    /** This report with another title, or none. */
    public AnnualReport withTitle(Optional<Title> newTitle) {
        return new AnnualReport(metadata, header, newTitle, preamble, sections, signOff, trailing);
    }

    /** This report with another sign-off, or none. */
    public AnnualReport withSignOff(Optional<SignOff> newSignOff) {
        return new AnnualReport(metadata, header, title, preamble, sections, newSignOff, trailing);
    }
}
