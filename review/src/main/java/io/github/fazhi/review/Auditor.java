package io.github.fazhi.review;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Disclosure;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SubjectType;
import io.github.fazhi.core.Title;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.review.internal.AuditMessages;
import io.github.fazhi.review.internal.IssuerNames;
import io.github.fazhi.review.internal.ReportPage;
import io.github.fazhi.review.internal.UnitMatcher;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reviews a jurisdiction's reports at once, as the 依法治办 of a county does each spring: reads every file
 * (any format with a reader, through {@link Readers}), checks it with a {@link ReportValidator}, matches it
 * to the unit that must send it by the issuer it names (never by its file name), and rolls everything up
 * per unit and for the whole jurisdiction ({@link Audit}).
 *
 * <p>The work is two steps so that it can run on all cores and in bounded memory:
 * {@link #examine(Path)} reads, checks, matches and (when asked) renders one file and keeps only a
 * {@link ReportSummary}, never the report; {@link #rollUp(List)} turns the summaries into the audit.
 * {@link #audit(List)} does both, one file after another. The auditor is immutable and thread-safe:
 * {@code examine} may run on many threads at once.
 *
 * <pre>{@code
 * Auditor auditor = Auditor.builder()
 *         .units(UnitList.read(Path.of("units.csv")))
 *         .year(2025)                                  // reports of another year are "wrong-year"
 *         .profile(Profile.national())
 *         .locale(Locale.SIMPLIFIED_CHINESE)
 *         .reportPages(Path.of("out"))                 // out/reports/…html, each report with its findings marked
 *         .build();
 * Audit audit = auditor.audit(List.of(Path.of("reports")));
 * audit.writeTo(Path.of("out"));                       // audit.json, audit.html, audit.xlsx, audit.sarif
 *
 * // on all cores
 * List<ReportSummary> summaries = Auditor.reportFiles(List.of(Path.of("reports"))).parallelStream()
 *         .map(auditor::examine).toList();
 * Audit same = auditor.rollUp(summaries);
 * }</pre>
 */
public final class Auditor {

    /** The folder, under the directory given to {@link Builder#reportPages(Path)}, that holds the report pages. */
    public static final String PAGES_FOLDER = "reports";

    /**
     * The endings of the files taken from a folder: every format fazhi reads or refuses by name. The
     * ending only decides which files of a folder are looked at; how a file is read comes from its
     * content. Files named on their own are always taken.
     */
    public static final List<String> FOLDER_EXTENSIONS = List.of(
            "txt", "text", "json", "docx", "doc", "wps", "pdf", "ofd", "html", "htm", "xhtml", "shtml", "rtf", "odt");

    private static final MonthDay MARCH_1 = MonthDay.of(3, 1);
    private static final MonthDay APRIL_1 = MonthDay.of(4, 1);
    private static final String PART_MISSING = "part-missing";

    private final UnitList units;
    private final UnitMatcher matcher;
    private final OptionalInt year;
    private final ReportValidator validator;
    private final ReadOptions readOptions;
    private final Optional<Path> pagesRoot;
    private final boolean attributeUnreadable;

    private Auditor(Builder b) {
        this.units = Objects.requireNonNull(b.units, "the list of units is required: Auditor.builder().units(…)");
        this.matcher = new UnitMatcher(units);
        this.year = b.year;
        this.validator = b.validator != null
                ? b.validator
                : ReportValidator.builder().profile(b.profile).locale(b.locale).build();
        this.readOptions = b.readOptions != null
                ? b.readOptions
                : ReadOptions.builder().locale(validator.locale()).build();
        this.pagesRoot = b.pagesRoot;
        this.attributeUnreadable = b.attributeUnreadable;
    }

    /** A builder; the list of units is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The units that must report. */
    public UnitList units() {
        return units;
    }

    /** The year audited, when given. */
    public OptionalInt year() {
        return year;
    }

    /** The validator reports are checked with. */
    public ReportValidator validator() {
        return validator;
    }

    /** The language of messages and labels. */
    public Locale locale() {
        return validator.locale();
    }

    /**
     * The files to examine under {@code paths}: a file as given; a folder's files recursively, those with
     * one of the {@link #FOLDER_EXTENSIONS}, without hidden files and word processors' lock files
     * ({@code ~$…}), sorted. A path that names nothing is kept, so that {@link #examine} reports it.
     *
     * @throws UncheckedIOException when a folder cannot be listed
     */
    public static List<Path> reportFiles(List<Path> paths) {
        return reportFiles(paths, List.of());
    }

    /** The files to examine under {@code paths}, leaving out everything under the folders {@code excluded}. */
    public static List<Path> reportFiles(List<Path> paths, List<Path> excluded) {
        List<Path> skip =
                excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> wanted(f, p))
                            .filter(f -> skip.stream()
                                    .noneMatch(
                                            s -> f.toAbsolutePath().normalize().startsWith(s)))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    private static boolean wanted(Path file, Path root) {
        for (Path part : root.relativize(file)) {
            String s = part.toString();
            if (s.startsWith(".") || s.startsWith("~$")) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && FOLDER_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Examines every file under {@code paths}, one after another, and rolls the results up. */
    public Audit audit(List<Path> paths) {
        List<ReportSummary> summaries = new ArrayList<>();
        for (Path file : reportFiles(paths)) {
            summaries.add(examine(file));
        }
        return rollUp(summaries);
    }

    /**
     * Reads, checks and matches one file, renders its page when asked, and keeps what the roll-up needs.
     * Never throws for a file that cannot be read: that is a summary with a {@link ReportSummary#readError()}.
     *
     * @throws UncheckedIOException when the report's page cannot be written
     */
    public ReportSummary examine(Path file) {
        String name = file.toString().replace('\\', '/');
        Optional<String> format = Optional.empty();
        AnnualReport report;
        try {
            if (Files.size(file) > readOptions.maxInputBytes()) {
                report = Readers.read(file, readOptions); // refuses with the reader's own message
            } else {
                byte[] content = Files.readAllBytes(file);
                format = Optional.of(Readers.detect(content).id());
                report = Readers.read(content, name, readOptions);
            }
        } catch (ReportReadException e) {
            return unreadable(name, format, e.getMessage());
        } catch (NoSuchFileException e) {
            return unreadable(name, format, AuditMessages.get(locale(), "read.noFile", name));
        } catch (IOException e) {
            return unreadable(
                    name, format, AuditMessages.get(locale(), "read.io", name, String.valueOf(e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(name, format, AuditMessages.get(locale(), "read.internal", name, e.toString()));
        }
        return examine(report, name, format);
    }

    /**
     * Checks and matches a report already read (from {@code file}, in {@code format}); renders its page when
     * asked.
     */
    public ReportSummary examine(AnnualReport report, String file, Optional<String> format) {
        ValidationReport checked = validator.validate(report, file);
        List<Finding> findings = checked.findings();
        List<String> issuers = IssuerNames.candidates(report);
        UnitMatch match = matcher.match(issuers);
        ReportSummary summary = new ReportSummary(
                file,
                format,
                Optional.empty(),
                issuers,
                report.title().map(Title::text),
                report.reportingYear(),
                report.dateOfIssue(),
                report.metadata().disclosure().flatMap(Disclosure::date),
                findings,
                missingParts(findings),
                verdict(report, findings),
                match,
                Optional.empty());
        if (pagesRoot.isEmpty()) {
            return summary;
        }
        String page = PAGES_FOLDER + "/" + pageName(file);
        Path target = pagesRoot.get().resolve(page);
        try {
            Files.createDirectories(target.getParent());
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                ReportPage.write(report, summary, locale(), w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return summary.withPage(page);
    }

    private ReportSummary unreadable(String file, Optional<String> format, String problem) {
        UnitMatch hint = attributeUnreadable ? matcher.matchFileName(file) : UnitMatch.NONE;
        return ReportSummary.unreadable(file, format, problem, hint);
    }

    /** A file name for the page of {@code file}: its own name made safe, and a hash of its path. */
    static String pageName(String file) {
        String stem = file.substring(file.lastIndexOf('/') + 1);
        StringBuilder safe = new StringBuilder();
        stem.codePoints()
                .limit(60)
                .forEach(
                        cp -> safe.appendCodePoint(Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' ? cp : '_'));
        return safe + "-" + String.format(Locale.ROOT, "%08x", file.hashCode()) + ".html";
    }

    private static List<SectionKind> missingParts(List<Finding> findings) {
        Set<SectionKind> kinds = new HashSet<>();
        for (Finding f : findings) {
            if (f.ruleId().equals(PART_MISSING) && f.detail().get("kind") instanceof String k) {
                try {
                    kinds.add(SectionKind.valueOf(k));
                } catch (IllegalArgumentException e) {
                    // a kind this version does not know: the finding still lists it
                }
            }
        }
        return kinds.stream()
                .sorted(Comparator.comparingInt(SectionKind::mandatedItem))
                .toList();
    }

    /** Whether a finding is about item 3: any {@code frp-} rule, or detail naming item 3 or its kind. */
    static boolean aboutItem3(Finding f) {
        Object kind = f.detail().get("kind");
        Object item = f.detail().get("item");
        return f.ruleId().startsWith("frp-")
                || SectionKind.FIRST_RESPONSIBLE_PERSON.name().equals(kind)
                || (item instanceof Number n && n.intValue() == SectionKind.FIRST_RESPONSIBLE_PERSON.mandatedItem());
    }

    private FirstResponsiblePersonVerdict verdict(AnnualReport report, List<Finding> findings) {
        List<Finding> about = findings.stream().filter(Auditor::aboutItem3).toList();
        if (about.stream().anyMatch(f -> f.ruleId().equals(PART_MISSING))) {
            return new FirstResponsiblePersonVerdict(FirstResponsiblePersonVerdict.Kind.MISSING, about);
        }
        boolean ownPart = report.sections().stream().anyMatch(Auditor::namesTheDuty);
        boolean subPart = !ownPart && report.allSections().anyMatch(Auditor::namesTheDuty);
        FirstResponsiblePersonVerdict.Kind kind;
        if (!ownPart && !subPart) {
            boolean mentioned = !report.query(Paragraph.class, p -> p.text().contains("第一责任人"))
                    .isEmpty();
            kind = mentioned
                    ? FirstResponsiblePersonVerdict.Kind.MENTIONED_ONLY
                    : FirstResponsiblePersonVerdict.Kind.MISSING;
        } else if (about.stream().anyMatch(f -> f.severity() != Severity.INFO)) {
            kind = FirstResponsiblePersonVerdict.Kind.HOLLOW;
        } else {
            kind = ownPart ? FirstResponsiblePersonVerdict.Kind.OWN_PART : FirstResponsiblePersonVerdict.Kind.SUB_PART;
        }
        return new FirstResponsiblePersonVerdict(kind, about);
    }

    private static boolean namesTheDuty(Section s) {
        return s.kind() == SectionKind.FIRST_RESPONSIBLE_PERSON || s.heading().contains("第一责任人");
    }

    /**
     * Rolls the summaries up: attributes each file to its unit (readable files by their issuer; an
     * unreadable file by its file name, when it names one unit and the auditor allows it), decides each
     * unit's status, checks the primary file's dates against the deadlines, and counts.
     */
    public Audit rollUp(List<ReportSummary> summaries) {
        List<ReportSummary> sorted = new ArrayList<>(summaries);
        sorted.sort(Comparator.comparing(ReportSummary::file));
        Map<String, List<ReportSummary>> byUnit = new HashMap<>();
        List<ReportSummary> unmatched = new ArrayList<>();
        List<ReportSummary> ambiguous = new ArrayList<>();
        for (ReportSummary s : sorted) {
            if (s.match().isMatched() && units.find(s.match().unit().get()).isPresent()) {
                byUnit.computeIfAbsent(s.match().unit().get(), k -> new ArrayList<>())
                        .add(s);
            } else if (s.isReadable() && s.match().isAmbiguous()) {
                ambiguous.add(s);
            } else {
                unmatched.add(s);
            }
        }
        List<UnitResult> results = new ArrayList<>();
        int number = 0;
        for (Unit unit : units.units()) {
            results.add(unitResult(++number, unit, byUnit.getOrDefault(unit.name(), List.of())));
        }
        return new Audit(
                year,
                validator.profile(),
                locale(),
                units.source(),
                results,
                unmatched,
                ambiguous,
                totals(results, sorted.size(), unmatched, ambiguous),
                ruleCounts(sorted));
    }

    private UnitResult unitResult(int number, Unit unit, List<ReportSummary> files) {
        List<ReportSummary> ofYear = new ArrayList<>();
        List<ReportSummary> otherYear = new ArrayList<>();
        List<ReportSummary> unreadable = new ArrayList<>();
        for (ReportSummary f : files) {
            if (!f.isReadable()) {
                unreadable.add(f);
            } else if (year.isPresent()
                    && f.reportingYear().isPresent()
                    && f.reportingYear().getAsInt() != year.getAsInt()) {
                otherYear.add(f);
            } else {
                ofYear.add(f);
            }
        }
        Comparator<ReportSummary> latest = Comparator.comparing(
                        (ReportSummary s) -> s.dateOfIssue().orElse(LocalDate.MIN))
                .thenComparing(ReportSummary::file);
        AuditStatus status;
        Optional<ReportSummary> primary;
        if (ofYear.size() > 1) {
            status = AuditStatus.DUPLICATE;
            primary = ofYear.stream().max(latest);
        } else if (ofYear.size() == 1) {
            primary = Optional.of(ofYear.get(0));
            status = ofYear.get(0).contentStatus();
        } else if (!otherYear.isEmpty()) {
            status = AuditStatus.WRONG_YEAR;
            primary = otherYear.stream().max(latest);
        } else {
            status = unreadable.isEmpty() ? AuditStatus.MISSING : AuditStatus.UNREADABLE;
            primary = Optional.empty();
        }
        List<SubmittedFile> submitted = new ArrayList<>();
        primary.ifPresent(p -> submitted.add(new SubmittedFile(p, fileStatus(p, status, ofYear), true)));
        for (ReportSummary f : files) {
            if (primary.isEmpty() || f != primary.get()) {
                submitted.add(new SubmittedFile(f, fileStatus(f, status, ofYear), false));
            }
        }
        Optional<DeadlineCheck> submission = Optional.empty();
        Optional<DeadlineCheck> publication = Optional.empty();
        if (primary.isPresent() && status != AuditStatus.WRONG_YEAR) {
            OptionalInt y = year.isPresent() ? year : primary.get().reportingYear();
            if (y.isPresent()) {
                int next = y.getAsInt() + 1;
                submission = Optional.of(new DeadlineCheck(
                        submissionDeadline(unit).atYear(next), primary.get().dateOfIssue()));
                publication = Optional.of(new DeadlineCheck(
                        validator.profile().disclosureDeadline().atYear(next),
                        primary.get().publicationDate()));
            }
        }
        return new UnitResult(number, unit, status, submitted, submission, publication);
    }

    private AuditStatus fileStatus(ReportSummary f, AuditStatus unitStatus, List<ReportSummary> ofYear) {
        if (!f.isReadable()) {
            return AuditStatus.UNREADABLE;
        }
        if (!ofYear.contains(f)) {
            return AuditStatus.WRONG_YEAR;
        }
        return unitStatus == AuditStatus.DUPLICATE ? AuditStatus.DUPLICATE : f.contentStatus();
    }

    /**
     * The submission deadline of {@code unit} (domain.md §1.3): 1 April for a province's Party committee and
     * government reporting to the Centre, otherwise the profile's (1 March unless it sets another).
     */
    MonthDay submissionDeadline(Unit unit) {
        boolean provinceToCentre =
                unit.level().filter(l -> l == AdministrativeLevel.PROVINCE).isPresent()
                        && unit.type()
                                .filter(t ->
                                        t == SubjectType.PARTY_AND_GOVERNMENT_JOINT || t == SubjectType.PARTY_COMMITTEE)
                                .isPresent();
        return provinceToCentre
                ? APRIL_1
                : validator.profile().submissionDeadline().orElse(MARCH_1);
    }

    private static AuditTotals totals(
            List<UnitResult> results, int files, List<ReportSummary> unmatched, List<ReportSummary> ambiguous) {
        Map<AuditStatus, Integer> byStatus = new EnumMap<>(AuditStatus.class);
        int reported = 0;
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int lateSubmissions = 0;
        int latePublications = 0;
        int withoutPublication = 0;
        int unreadable = 0;
        for (UnitResult u : results) {
            byStatus.merge(u.status(), 1, Integer::sum);
            if (!u.files().isEmpty()) {
                reported++;
            }
            errors += u.count(Severity.ERROR);
            warnings += u.count(Severity.WARNING);
            infos += u.count(Severity.INFO);
            lateSubmissions += u.submission().filter(DeadlineCheck::isLate).isPresent() ? 1 : 0;
            latePublications += u.publication().filter(DeadlineCheck::isLate).isPresent() ? 1 : 0;
            withoutPublication += u.publication()
                            .filter(d -> d.timeliness() == DeadlineCheck.Timeliness.NO_DATE)
                            .isPresent()
                    ? 1
                    : 0;
            unreadable += (int)
                    u.files().stream().filter(f -> !f.summary().isReadable()).count();
        }
        unreadable += (int) unmatched.stream().filter(f -> !f.isReadable()).count();
        return new AuditTotals(
                results.size(),
                reported,
                byStatus,
                files,
                unreadable,
                unmatched.size(),
                ambiguous.size(),
                errors,
                warnings,
                infos,
                lateSubmissions,
                latePublications,
                withoutPublication);
    }

    private List<RuleCount> ruleCounts(List<ReportSummary> files) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Severity> severities = new HashMap<>();
        for (ReportSummary s : files) {
            Set<String> seen = new HashSet<>();
            for (Finding f : s.findings()) {
                int[] c = counts.computeIfAbsent(f.ruleId(), k -> new int[2]);
                c[0]++;
                if (seen.add(f.ruleId())) {
                    c[1]++;
                }
                severities.putIfAbsent(f.ruleId(), f.severity());
            }
        }
        Profile profile = validator.profile();
        List<RuleCount> out = new ArrayList<>();
        counts.forEach((id, c) -> out.add(new RuleCount(
                id,
                severities.get(id),
                profile.rule(id).map(r -> r.description(locale())).orElse(id),
                c[0],
                c[1])));
        out.sort(Comparator.comparingInt(RuleCount::findings)
                .reversed()
                .thenComparing(Comparator.comparingInt(RuleCount::files).reversed())
                .thenComparing(RuleCount::ruleId));
        return out;
    }

    /** Builds an {@link Auditor}; not thread-safe. */
    public static final class Builder {
        private UnitList units;
        private OptionalInt year = OptionalInt.empty();
        private Profile profile = Profile.national();
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private ReportValidator validator;
        private ReadOptions readOptions;
        private Optional<Path> pagesRoot = Optional.empty();
        private boolean attributeUnreadable = true;

        private Builder() {}

        /** The units that must report (required). */
        public Builder units(UnitList value) {
            units = Objects.requireNonNull(value, "units");
            return this;
        }

        /** The year audited: reports of another year get {@link AuditStatus#WRONG_YEAR}, deadlines fall in the next. */
        public Builder year(int value) {
            if (value < 1949 || value > 2999) {
                throw new IllegalArgumentException("year out of range: " + value);
            }
            year = OptionalInt.of(value);
            return this;
        }

        /** The profile to check against (default {@link Profile#national()}); also gives the deadlines. */
        public Builder profile(Profile value) {
            profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /** The language of messages and labels (default Chinese; English for {@code en}). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** A validator to check with; its profile and locale then replace {@link #profile} and {@link #locale}. */
        public Builder validator(ReportValidator value) {
            validator = Objects.requireNonNull(value, "validator");
            return this;
        }

        /** How files are read (default: the audit's locale, the readers' size limit). */
        public Builder readOptions(ReadOptions value) {
            readOptions = Objects.requireNonNull(value, "readOptions");
            return this;
        }

        /**
         * Renders each readable report, with its findings marked, into {@code outputDirectory}/{@value
         * #PAGES_FOLDER}/ as it is examined, for {@code audit.html} in {@code outputDirectory} to link to.
         */
        public Builder reportPages(Path outputDirectory) {
            pagesRoot = Optional.of(Objects.requireNonNull(outputDirectory, "outputDirectory"));
            return this;
        }

        /**
         * Whether a file that cannot be read is put to the unit its file name names, when it names exactly one
         * (default true): there is nothing else to go on, and the unit should hear that its file is
         * unreadable. Readable files are matched by their content only.
         */
        public Builder attributeUnreadableByFileName(boolean value) {
            attributeUnreadable = value;
            return this;
        }

        /**
         * Builds the auditor (and its validator, unless one was given).
         *
         * @throws NullPointerException when no list of units was given
         */
        public Auditor build() {
            return new Auditor(this);
        }
    }
}
