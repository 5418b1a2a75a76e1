package io.github.fazhi.cli;

import io.github.fazhi.cli.internal.Batch;
import io.github.fazhi.cli.internal.CliMessages;
import io.github.fazhi.cli.internal.Progress;
import io.github.fazhi.review.Audit;
import io.github.fazhi.review.AuditStatus;
import io.github.fazhi.review.AuditTotals;
import io.github.fazhi.review.Auditor;
import io.github.fazhi.review.ReportSummary;
import io.github.fazhi.review.UnitList;
import io.github.fazhi.review.UnitListException;
import io.github.fazhi.review.UnitMatch;
import io.github.fazhi.review.UnitResult;
import io.github.fazhi.validation.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fazhi audit}: review a jurisdiction's reports at once against the list of units that must report. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Review a jurisdiction's reports at once: match each report to the unit that must send it (by the issuer it"
                    + " names, never its file name), check it, and write the roll-up to DIR: audit.json, audit.html (with"
                    + " each report rendered with its findings under reports/), audit.xlsx and audit.sarif. UNITS is a"
                    + " text file with one unit a line, or a CSV (name, type, level, aliases). PATH is a file or a"
                    + " folder, searched recursively.",
            "汇总审查一个地区的全部报告：按报告中的发文机关（而不是文件名）对应到应报单位，逐份检查，结果写入 DIR：audit.json、"
                    + "audit.html（reports/ 下为标出问题的各份报告）、audit.xlsx、audit.sarif。UNITS 为每行一个单位的文本文件，"
                    + "或 CSV（单位、类型、层级、别名）。PATH 为文件或文件夹（递归查找）。"
        },
        footer = {
            "",
            "Exit codes: 0 nothing reached --fail-on; 1 a finding did, or a unit is missing, duplicate or of the wrong"
                    + " year, or a file fits several units; 2 usage error (or a list of units that cannot be used); 3 a"
                    + " report could not be read.",
            "退出码：0 未达到 --fail-on 级别；1 有达到该级别的问题，或有单位未报送、重复报送、年度不符，或有文件无法确定单位；2 用法错误" + "（或单位名单无法使用）；3 有报告无法读取。"
        })
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    FazhiCommand root;

    @Option(
            names = "--expect",
            required = true,
            paramLabel = "UNITS",
            description = "The units that must report: one name a line, or a CSV with name, type, level, aliases.")
    Path expect;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "The folder to write audit.json, audit.html, audit.xlsx, audit.sarif and reports/ into.")
    Path output;

    @Option(
            names = "--year",
            paramLabel = "Y",
            description = "The year audited: reports of another year are 'wrong-year'; deadlines fall in Y+1.")
    Optional<Integer> year;

    @Option(
            names = "--profile",
            defaultValue = "national",
            description = "Rule profile: ${COMPLETION-CANDIDATES} (default: national).")
    ProfileOption profile;

    @Option(
            names = "--locale",
            defaultValue = "zh",
            description = "Language of messages and outputs: zh or en (default: zh).")
    LocaleOption locale;

    @Option(
            names = "--fail-on",
            defaultValue = "error",
            description =
                    "Exit with 1 when a finding of this severity or worse is found: ${COMPLETION-CANDIDATES} (default: error).")
    CheckCommand.FailOn failOn;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        UnitList units;
        try {
            units = UnitList.read(expect, locale.locale);
        } catch (NoSuchFileException e) {
            root.err().println("fazhi: " + words().get(CliMessages.Key.UNITS_NOT_FOUND, expect));
            return ExitCodes.USAGE;
        } catch (UnitListException e) {
            root.err().println("fazhi: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Auditor.Builder builder = Auditor.builder()
                .units(units)
                .profile(profile.profile())
                .locale(locale.locale)
                .reportPages(output);
        year.ifPresent(builder::year);
        Auditor auditor = builder.build();

        List<Path> files;
        try {
            files = Auditor.reportFiles(paths, List.of(output));
        } catch (UncheckedIOException e) {
            root.err()
                    .println("fazhi: "
                            + words().get(
                                            CliMessages.Key.REPORT_FOLDER_UNREADABLE,
                                            e.getCause().getMessage()));
            return ExitCodes.UNREADABLE;
        }
        if (files.isEmpty()) {
            root.err().println("fazhi: " + words().get(CliMessages.Key.NO_REPORT_FILES, paths));
            return ExitCodes.UNREADABLE;
        }
        Progress progress = Progress.of(root.err(), files.size(), root.terminal());
        List<ReportSummary> summaries = Batch.map(
                files,
                auditor::examine,
                (file, e) -> ReportSummary.unreadable(
                        file.toString().replace('\\', '/'), Optional.empty(), describe(file, e), UnitMatch.NONE),
                progress);
        Audit audit = auditor.rollUp(summaries);
        audit.writeTo(output);

        root.out().print(report(audit));
        root.out().flush();
        if (audit.totals().unreadableFiles() > 0) {
            return ExitCodes.UNREADABLE;
        }
        return reachesThreshold(audit) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private String describe(Path file, Throwable e) {
        if (root.verbose()) {
            java.io.StringWriter sw = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(sw));
            return file + ": " + words().get(CliMessages.Key.INTERNAL_ERROR) + ": " + sw;
        }
        return file + ": " + words().get(CliMessages.Key.INTERNAL_ERROR_SEE_VERBOSE) + ": " + e;
    }

    private boolean reachesThreshold(Audit audit) {
        if (failOn == CheckCommand.FailOn.never) {
            return false;
        }
        AuditTotals t = audit.totals();
        if (t.count(AuditStatus.MISSING) + t.count(AuditStatus.DUPLICATE) + t.count(AuditStatus.WRONG_YEAR) > 0
                || t.ambiguousFiles() > 0) {
            return true;
        }
        return audit.files().stream()
                .flatMap(f -> f.findings().stream())
                .anyMatch(f -> f.severity() == Severity.ERROR
                        || (failOn == CheckCommand.FailOn.warning && f.severity() == Severity.WARNING));
    }

    /** The units that need action, one a line, and the summary. */
    private String report(Audit audit) {
        Locale l = locale.locale;
        CliMessages words = words();
        StringBuilder out = new StringBuilder();
        for (UnitResult u : audit.units()) {
            if (u.status() == AuditStatus.OK) {
                continue;
            }
            out.append(u.status().label(l)).append("  ").append(u.unit().name());
            List<String> notes = new ArrayList<>();
            u.files().stream().flatMap(f -> f.summary().readError().stream()).forEach(notes::add);
            if (u.status() == AuditStatus.DUPLICATE) {
                notes.add(words.get(CliMessages.Key.DUPLICATE_FILES, u.files().size()));
            }
            if (u.status() == AuditStatus.WRONG_YEAR) {
                u.primary()
                        .flatMap(p -> p.reportingYear().isPresent()
                                ? Optional.of(p.reportingYear().getAsInt())
                                : Optional.empty())
                        .ifPresent(y -> notes.add(words.get(CliMessages.Key.REPORTING_YEAR, y)));
            }
            if (u.primary().isPresent()
                    && u.status() != AuditStatus.DUPLICATE
                    && u.status() != AuditStatus.WRONG_YEAR) {
                notes.add(words.get(
                        CliMessages.Key.ERRORS_AND_WARNINGS, u.count(Severity.ERROR), u.count(Severity.WARNING)));
            }
            u.submission()
                    .filter(d -> d.isLate())
                    .ifPresent(d -> notes.add(words.get(CliMessages.Key.SUBMISSION, d.label(l))));
            u.publication()
                    .filter(d -> d.isLate())
                    .ifPresent(d -> notes.add(words.get(CliMessages.Key.PUBLICATION, d.label(l))));
            if (!notes.isEmpty()) {
                out.append("  (")
                        .append(String.join(words.get(CliMessages.Key.NOTE_SEPARATOR), notes))
                        .append(')');
            }
            out.append('\n');
        }
        for (ReportSummary f : audit.unmatched()) {
            out.append(words.get(CliMessages.Key.NO_UNIT, f.file())).append('\n');
        }
        for (ReportSummary f : audit.ambiguous()) {
            out.append(words.get(
                            CliMessages.Key.UNIT_UNCLEAR,
                            f.file(),
                            String.join(
                                    words.get(CliMessages.Key.LIST_SEPARATOR),
                                    f.match().candidates())))
                    .append('\n');
        }
        AuditTotals t = audit.totals();
        StringBuilder counts = new StringBuilder();
        for (AuditStatus s : AuditStatus.values()) {
            if (t.count(s) > 0) {
                counts.append(counts.length() == 0 ? "" : words.get(CliMessages.Key.COUNT_SEPARATOR))
                        .append(s.label(l))
                        .append(' ')
                        .append(t.count(s));
            }
        }
        String where = output + "/ (" + String.join(", ", Audit.JSON, Audit.HTML, Audit.XLSX, Audit.SARIF) + ")";
        out.append(words.get(
                CliMessages.Key.AUDIT_SUMMARY,
                t.units(),
                counts,
                t.files(),
                t.unmatchedFiles(),
                t.ambiguousFiles(),
                where));
        return out.toString();
    }

    /** The messages in the language of {@code --locale}. */
    private CliMessages words() {
        return CliMessages.of(locale.locale);
    }
}
