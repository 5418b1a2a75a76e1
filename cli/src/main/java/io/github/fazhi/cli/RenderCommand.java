package io.github.fazhi.cli;

import io.github.fazhi.cli.internal.Batch;
import io.github.fazhi.cli.internal.CliMessages;
import io.github.fazhi.cli.internal.Inputs;
import io.github.fazhi.cli.internal.Progress;
import io.github.fazhi.cli.internal.SafeFiles;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.render.Renderers;
import io.github.fazhi.render.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fazhi render}: write reports in other formats. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Render reports into other formats (text, markdown, html, docx, pdf, ofd, json, …). Files go to DIR, named after"
                    + " the input with the format's extension; a folder input keeps its sub-folders; inputs of the same name"
                    + " from different folders keep their folders, inputs of one folder with the same stem keep their"
                    + " extension (r.txt.html); an output that would overwrite an input or another output stops the command"
                    + " before anything is written. Each file is written to a temporary file beside it and moved into"
                    + " place; links are replaced, never followed.",
            "把报告转换为其他格式（text、markdown、html、docx、pdf、ofd、json 等），输出到 DIR，文件名同输入；"
                    + "不同文件夹中的同名输入保留其文件夹，同一文件夹中主名相同的输入保留扩展名；会覆盖输入或相互覆盖时不写入任何文件。"
        },
        footer = {
            "",
            "Exit codes: 0 every file written; 2 usage error or outputs that would collide; 3 an input could not be read;"
                    + " 4 an output could not be written.",
            "退出码：0 全部写入；2 用法错误或输出会相互覆盖；3 有输入无法读取；4 有输出无法写入。"
        })
final class RenderCommand implements Callable<Integer> {

    static final String JSON = "json";

    @ParentCommand
    FazhiCommand root;

    @Option(
            names = "--to",
            required = true,
            split = ",",
            paramLabel = "FORMAT",
            description = "One or more formats, comma-separated. Known: the renderers found plus json.")
    List<String> formats;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Output folder (default: the current folder); '-' writes a single output to standard output.")
    String output;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<Path> paths;

    @Option(names = "--locale", defaultValue = "zh", description = "Language of messages: zh or en (default: zh).")
    LocaleOption locale;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What became of one input: the files written, why it could not be read, the files that could not be written. */
    record Outcome(List<String> written, List<String> readErrors, List<String> writeErrors) {}

    /** The renderers asked for, built once and shared by the worker threads. */
    private final Map<String, ReportRenderer> renderers = new LinkedHashMap<>();

    private CliMessages messages;

    /** The planned outputs that would overwrite an input: refused one by one. */
    private final Set<Path> overwritesInput = new HashSet<>();

    @Override
    public Integer call() throws IOException {
        messages = CliMessages.of(locale.locale);
        Set<String> known = new LinkedHashSet<>(Renderers.formats());
        known.add(JSON);
        for (String f : formats) {
            if (!known.contains(f)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        CliMessages.bilingual(CliMessages.Key.UNKNOWN_FORMAT) + " '" + f + "'; "
                                + CliMessages.usage().get(CliMessages.Key.KNOWN_FORMATS, String.join(", ", known)));
            }
        }
        for (String f : formats) {
            if (!f.equals(JSON)) {
                renderers.put(f, Renderers.forFormat(f));
            }
        }
        List<Inputs.Input> inputs = Inputs.expand(paths, locale.locale);
        boolean toStdout = output.equals("-");
        if (toStdout && (inputs.size() != 1 || formats.size() != 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), CliMessages.usage().get(CliMessages.Key.SINGLE_OUTPUT));
        }
        Path dir = Path.of(toStdout ? "." : output);
        Map<Inputs.Input, Map<String, Path>> plan = Map.of();
        if (!toStdout) {
            Planned planned = plan(inputs, dir);
            if (planned.refusal().isPresent()) {
                root.err().println("fazhi: " + planned.refusal().get());
                return ExitCodes.USAGE;
            }
            plan = planned.targets();
        }
        Map<Inputs.Input, Map<String, Path>> targets = plan;
        List<Outcome> outcomes = Batch.map(
                inputs,
                in -> render(in, dir, targets.getOrDefault(in, Map.of()), toStdout),
                (in, e) -> new Outcome(
                        List.of(),
                        List.of(in.name() + ": " + CliMessages.bilingual(CliMessages.Key.INTERNAL_ERROR) + ": " + e),
                        List.of()),
                Progress.of(root.err(), inputs.size(), root.terminal()));
        int written = 0;
        int unreadable = 0;
        int unwritable = 0;
        for (Outcome o : outcomes) {
            for (String w : o.written()) {
                root.err().println(messages.get(CliMessages.Key.WROTE, w));
                written++;
            }
            for (String e : o.readErrors()) {
                root.err().println("fazhi: " + e);
                unreadable++;
            }
            for (String e : o.writeErrors()) {
                root.err().println("fazhi: " + e);
                unwritable++;
            }
        }
        if (!toStdout) {
            root.err()
                    .println(messages.get(
                            CliMessages.Key.RENDER_SUMMARY,
                            written,
                            dir.toAbsolutePath().normalize(),
                            unreadable,
                            unwritable));
        }
        if (unreadable > 0) {
            return ExitCodes.UNREADABLE;
        }
        return unwritable > 0 ? ExitCodes.UNWRITABLE : ExitCodes.OK;
    }

    /** Where each input's outputs go, or why the command refuses before writing anything. */
    record Planned(Map<Inputs.Input, Map<String, Path>> targets, Optional<String> refusal) {}

    /**
     * Names every output before anything is written. An input keeps its path relative to the folder it was
     * found in; inputs that would still share a name (the same file name from different folders) keep their
     * paths relative to the folder the colliding inputs have in common; inputs of one folder with the same
     * stem ({@code r.txt}, {@code r.json}) keep their extension ({@code r.txt.html}, {@code r.json.html}). An
     * output that would overwrite an input, or two outputs that would still meet, refuse the command.
     */
    Planned plan(List<Inputs.Input> inputs, Path dir) {
        List<Inputs.Input> ok = inputs.stream().filter(Inputs.Input::ok).toList();
        Map<Inputs.Input, Path> relative = new LinkedHashMap<>();
        for (Inputs.Input in : ok) {
            relative.put(in, in.relative().normalize());
        }
        // the same relative stem from different folders: keep the paths below their common folder
        Map<Path, List<Inputs.Input>> byStem = group(relative, true);
        for (List<Inputs.Input> same : byStem.values()) {
            if (same.size() > 1
                    && same.stream().map(RenderCommand::folder).distinct().count() > 1) {
                Path common = commonFolder(same);
                for (Inputs.Input in : same) {
                    relative.put(
                            in, common.relativize(in.path().toAbsolutePath().normalize()));
                }
            }
        }
        // the same stem in one folder: keep the extension
        Set<Inputs.Input> keepExtension = new HashSet<>();
        for (List<Inputs.Input> same : group(relative, true).values()) {
            if (same.size() > 1) {
                keepExtension.addAll(same);
            }
        }
        Set<Path> inputPaths = new HashSet<>();
        for (Inputs.Input in : ok) {
            inputPaths.add(in.path().toAbsolutePath().normalize());
        }
        Map<Inputs.Input, Map<String, Path>> targets = new LinkedHashMap<>();
        Map<Path, Inputs.Input> taken = new HashMap<>();
        overwritesInput.clear();
        for (Inputs.Input in : ok) {
            Map<String, Path> mine = new LinkedHashMap<>();
            for (String format : formats) {
                Path target = dir.resolve(name(relative.get(in), extension(format), keepExtension.contains(in)));
                Path key = target.toAbsolutePath().normalize();
                if (inputPaths.contains(key) || sameFile(target, in.path())) {
                    // that one output is refused (a write error); the others are written
                    overwritesInput.add(target);
                }
                Inputs.Input other = taken.putIfAbsent(key, in);
                if (other != null) {
                    return new Planned(
                            Map.of(),
                            Optional.of(
                                    messages.get(CliMessages.Key.OUTPUT_COLLISION, other.name(), in.name(), target)));
                }
                mine.put(format, target);
            }
            targets.put(in, mine);
        }
        return new Planned(targets, Optional.empty());
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            return Files.exists(target) && Files.isSameFile(target, input);
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<Path, List<Inputs.Input>> group(Map<Inputs.Input, Path> relative, boolean byStem) {
        Map<Path, List<Inputs.Input>> out = new LinkedHashMap<>();
        relative.forEach((in, rel) -> out.computeIfAbsent(byStem ? stem(rel) : rel, k -> new ArrayList<>())
                .add(in));
        return out;
    }

    private static Path folder(Inputs.Input in) {
        Path parent = in.path().toAbsolutePath().normalize().getParent();
        return parent == null ? in.path().toAbsolutePath() : parent;
    }

    private static Path commonFolder(List<Inputs.Input> inputs) {
        Path common = folder(inputs.get(0));
        for (Inputs.Input in : inputs) {
            Path f = folder(in);
            while (!f.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }

    private static Path stem(Path relative) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String s = dot > 0 ? name.substring(0, dot) : name;
        Path parent = relative.getParent();
        return parent == null ? Path.of(s) : parent.resolve(s);
    }

    private Outcome render(Inputs.Input in, Path dir, Map<String, Path> targets, boolean toStdout) {
        if (!in.ok()) {
            return new Outcome(List.of(), List.of(in.name() + ": " + in.problem()), List.of());
        }
        AnnualReport report;
        try {
            report = Inputs.read(in.path(), locale.locale);
        } catch (ReportReadException e) {
            return new Outcome(List.of(), List.of(e.getMessage()), List.of());
        }
        List<String> written = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String format : formats) {
            if (toStdout) {
                try {
                    write(report, format, root.out());
                    root.out().flush();
                } catch (IOException e) {
                    errors.add(messages.get(CliMessages.Key.WRITE_FAILED, "-", e.getMessage()));
                }
                continue;
            }
            Path target = targets.get(format);
            if (overwritesInput.contains(target)) {
                errors.add(in.name() + ": " + messages.get(CliMessages.Key.OUTPUT_IS_INPUT, target));
                continue;
            }
            try {
                SafeFiles.write(dir, target, out -> write(report, format, out));
                written.add(target.toString());
            } catch (SafeFiles.LinkInPathException e) {
                errors.add(messages.get(CliMessages.Key.OUTPUT_THROUGH_LINK, target, e.link()));
            } catch (IOException e) {
                String reason = SafeFiles.reason(e, messages);
                errors.add(messages.get(CliMessages.Key.WRITE_FAILED, target, reason));
            }
        }
        return new Outcome(written, List.of(), errors);
    }

    private void write(AnnualReport report, String format, OutputStream out) throws IOException {
        if (format.equals(JSON)) {
            out.write(ReportJson.write(report).getBytes(StandardCharsets.UTF_8));
            return;
        }
        renderers.get(format).render(report, out);
    }

    private String extension(String format) {
        return format.equals(JSON) ? "json" : renderers.get(format).format().fileExtension();
    }

    private static Path name(Path relative, String ext, boolean keepExtension) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 && !keepExtension ? name.substring(0, dot) : name;
        Path parent = relative.getParent();
        String file = stem + "." + ext;
        return parent == null ? Path.of(file) : parent.resolve(file);
    }
}
