package io.github.fazhi.cli;

import io.github.fazhi.cli.internal.Batch;
import io.github.fazhi.cli.internal.CliMessages;
import io.github.fazhi.cli.internal.Inputs;
import io.github.fazhi.cli.internal.Progress;
import io.github.fazhi.cli.internal.SafeFiles;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.FindingsJson;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Sarif;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidatedFile;
import io.github.fazhi.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fazhi check}: validate reports, one file or a folder of thousands. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check reports against the rules and list the findings. PATH is a file or a folder (every file in it,"
                    + " recursively; files in a format fazhi does not read are listed as read errors with the format).",
            "检查报告是否符合规则并列出问题。PATH 为文件或文件夹（递归检查其中每个文件；无法读取的格式列为读取错误并注明格式）。"
        },
        footer = {
            "",
            "Exit codes: 0 nothing reached --fail-on; 1 a finding did; 2 usage error; 3 an input could not be read;"
                    + " 4 the -o file could not be written.",
            "退出码：0 未达到 --fail-on 级别；1 有达到该级别的问题；2 用法错误；3 有文件无法读取；4 -o 文件无法写入。"
        })
final class CheckCommand implements Callable<Integer> {

    /** The rule id under which an unreadable input is reported. */
    static final String READ_ERROR = "read-error";

    enum Format {
        text,
        json,
        sarif
    }

    enum FailOn {
        error,
        warning,
        never
    }

    @ParentCommand
    FazhiCommand root;

    @Option(
            names = "--profile",
            defaultValue = "national",
            description = "Rule profile: ${COMPLETION-CANDIDATES} (default: national).")
    ProfileOption profile;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
    Format format;

    @Option(names = "--locale", defaultValue = "zh", description = "Language of messages: zh or en (default: zh).")
    LocaleOption locale;

    @Option(
            names = "--fail-on",
            defaultValue = "error",
            description =
                    "Exit with 1 when a finding of this severity or worse is found: ${COMPLETION-CANDIDATES} (default: error).")
    FailOn failOn;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the findings to FILE instead of standard output.")
    Optional<Path> output;

    @Option(names = "--no-color", description = "Never colour the output.")
    boolean noColor;

    @Option(
            names = "--enable",
            paramLabel = "RULE",
            description = "Also check RULE, a rule the profile leaves off (such as other-part-absent); repeatable.")
    List<String> enable = new java.util.ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<Path> paths;

    /** The outcome for one input. */
    record FileResult(String name, Optional<ValidationReport> report, Optional<String> readError) {}

    @Override
    public Integer call() throws IOException {
        io.github.fazhi.validation.Profile chosen = profile.profile();
        if (!enable.isEmpty()) {
            io.github.fazhi.validation.Profile.Builder b = io.github.fazhi.validation.Profile.extending(chosen);
            for (String id : enable) {
                if (io.github.fazhi.validation.Rules.byId(id).isEmpty()) {
                    root.err().println("fazhi: " + words().get(CliMessages.Key.NO_RULE, id));
                    return ExitCodes.USAGE;
                }
                b.enable(id);
            }
            chosen = b.build();
        }
        ReportValidator validator =
                ReportValidator.builder().profile(chosen).locale(locale.locale).build();
        List<Inputs.Input> inputs = Inputs.expand(paths, locale.locale);
        if (inputs.isEmpty()) {
            root.err().println("fazhi: " + words().get(CliMessages.Key.NO_FILES, paths));
            return ExitCodes.UNREADABLE;
        }
        Progress progress = Progress.of(root.err(), inputs.size(), root.terminal());
        List<FileResult> results = Batch.map(
                inputs,
                in -> check(in, validator),
                (in, e) -> new FileResult(in.name(), Optional.empty(), Optional.of(describe(e))),
                progress);

        String rendered = switch (format) {
            case text -> text(results, root.terminal() && output.isEmpty() && !noColor);
            case json -> FindingsJson.write(validated(results, validator));
            case sarif -> Sarif.write(validated(results, validator));
        };
        if (output.isPresent()) {
            Path target = output.get();
            Path folder = target.toAbsolutePath().getParent();
            try {
                SafeFiles.write(folder, target, out -> out.write(rendered.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                String reason = SafeFiles.reason(e, words());
                root.err().println(summary(results));
                root.err().println("fazhi: " + words().get(CliMessages.Key.WRITE_FAILED, target, reason));
                return ExitCodes.UNWRITABLE;
            }
            root.err().println(words().get(CliMessages.Key.FINDINGS_WRITTEN, summary(results), output.get()));
        } else {
            root.out().print(rendered);
            root.out().flush();
        }
        if (results.stream().anyMatch(r -> r.readError().isPresent())) {
            return ExitCodes.UNREADABLE;
        }
        return reachesThreshold(results) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private FileResult check(Inputs.Input in, ReportValidator validator) {
        if (!in.ok()) {
            return new FileResult(in.name(), Optional.empty(), Optional.of(in.name() + ": " + in.problem()));
        }
        try {
            AnnualReport report = Inputs.read(in.path(), locale.locale);
            return new FileResult(in.name(), Optional.of(validator.validate(report, in.name())), Optional.empty());
        } catch (ReportReadException e) {
            return new FileResult(in.name(), Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    private String describe(Throwable e) {
        if (root.verbose()) {
            java.io.StringWriter sw = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(sw));
            return words().get(CliMessages.Key.INTERNAL_ERROR) + ": " + sw;
        }
        return words().get(CliMessages.Key.INTERNAL_ERROR_SEE_VERBOSE) + ": " + e;
    }

    private boolean reachesThreshold(List<FileResult> results) {
        if (failOn == FailOn.never) {
            return false;
        }
        return results.stream()
                .flatMap(r -> r.report().stream())
                .flatMap(r -> r.findings().stream())
                .anyMatch(f -> f.severity() == Severity.ERROR
                        || (failOn == FailOn.warning && f.severity() == Severity.WARNING));
    }

    private List<ValidatedFile> validated(List<FileResult> results, ReportValidator validator) {
        List<ValidatedFile> out = new ArrayList<>(results.size());
        for (FileResult r : results) {
            ValidationReport report = r.report()
                    .orElseGet(() -> new ValidationReport(
                            List.of(new Finding(
                                    READ_ERROR,
                                    Severity.ERROR,
                                    r.readError().orElse(""),
                                    Finding.REPORT,
                                    Optional.empty(),
                                    Optional.empty(),
                                    Map.of())),
                            Optional.of(r.name()),
                            validator.profile(),
                            validator.locale()));
            out.add(new ValidatedFile(uri(r.name()), report));
        }
        return out;
    }

    private static String uri(String name) {
        return name.replace('\\', '/');
    }

    private String text(List<FileResult> results, boolean colour) {
        StringBuilder out = new StringBuilder();
        for (FileResult r : results) {
            if (r.readError().isPresent()) {
                out.append(r.name())
                        .append("  ")
                        .append(paint("error", Severity.ERROR, colour))
                        .append("  ")
                        .append(READ_ERROR)
                        .append("  ")
                        .append(r.readError().get())
                        .append('\n');
                continue;
            }
            ValidationReport report = r.report().orElseThrow();
            if (!report.era().isCurrent()) {
                // one line when the report's year was under earlier rules than today's
                out.append(r.name())
                        .append("  ")
                        .append(words().get(CliMessages.Key.ERA, report.era().name(report.locale())))
                        .append('\n');
            }
            for (Finding f : report.findings()) {
                out.append(r.name());
                f.span()
                        .ifPresent(s ->
                                out.append(':').append(s.line()).append(':').append(s.column()));
                out.append("  ").append(paint(f.severity().jsonName(), f.severity(), colour));
                out.append("  ").append(f.ruleId());
                out.append("  ").append(f.message());
                if (!f.relatedLocations().isEmpty()) {
                    out.append(places(f));
                }
                f.suggestedFix().ifPresent(fix -> out.append(words().get(CliMessages.Key.FIX, fix)));
                out.append('\n');
            }
        }
        out.append(summary(results)).append('\n');
        return out.toString();
    }

    private String summary(List<FileResult> results) {
        long errors = count(results, Severity.ERROR);
        long warnings = count(results, Severity.WARNING);
        long infos = count(results, Severity.INFO);
        long unreadable =
                results.stream().filter(r -> r.readError().isPresent()).count();
        long clean = results.stream()
                .filter(r -> r.report().map(v -> !v.hasErrors()).orElse(false))
                .count();
        return words().get(CliMessages.Key.CHECK_SUMMARY, results.size(), errors, warnings, infos, clean, unreadable);
    }

    private static long count(List<FileResult> results, Severity s) {
        return results.stream()
                        .flatMap(r -> r.report().stream())
                        .mapToLong(r -> r.count(s))
                        .sum()
                + (s == Severity.ERROR
                        ? results.stream()
                                .filter(r -> r.readError().isPresent())
                                .count()
                        : 0);
    }

    private static String paint(String word, Severity s, boolean colour) {
        if (!colour) {
            return word;
        }
        String code = switch (s) {
            case ERROR -> "\u001B[31m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
        return code + word + "\u001B[0m";
    }

    /** {@code （共3处，另见第13、15行）}: how many places a repeated defect has, and the lines of the others. */
    private String places(Finding f) {
        List<String> lines = f.relatedLocations().stream()
                .map(l -> l.span().map(s -> String.valueOf(s.line())).orElse(l.elementId()))
                .distinct()
                .toList();
        String shown =
                String.join(words().get(CliMessages.Key.LIST_SEPARATOR), lines.subList(0, Math.min(lines.size(), 12)))
                        + (lines.size() > 12 ? "…" : "");
        return words().get(CliMessages.Key.PLACES, f.placeCount(), shown);
    }

    /** The messages in the language of {@code --locale}. */
    private CliMessages words() {
        return CliMessages.of(locale.locale);
    }
}
