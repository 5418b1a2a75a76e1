package io.github.fazhi.cli;

import io.github.fazhi.cli.internal.Batch;
import io.github.fazhi.cli.internal.Inputs;
import io.github.fazhi.cli.internal.Progress;
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
import java.util.LinkedHashSet;
import java.util.List;
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
                    + " the input with the format's extension; a folder input keeps its sub-folders.",
            "把报告转换为其他格式（text、markdown、html、docx、pdf、ofd、json 等），输出到 DIR，文件名同输入。"
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    record Outcome(List<String> written, List<String> errors) {}

    /** The renderers asked for, built once and shared by the worker threads. */
    private final java.util.Map<String, ReportRenderer> renderers = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        Set<String> known = new LinkedHashSet<>(Renderers.formats());
        known.add(JSON);
        for (String f : formats) {
            if (!known.contains(f)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "未知格式 (unknown format) '" + f + "'; known: " + String.join(", ", known));
            }
        }
        for (String f : formats) {
            if (!f.equals(JSON)) {
                renderers.put(f, Renderers.forFormat(f));
            }
        }
        List<Inputs.Input> inputs = Inputs.expand(paths);
        boolean toStdout = output.equals("-");
        if (toStdout && (inputs.size() != 1 || formats.size() != 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "-o - writes a single output: give one file and one format");
        }
        Path dir = Path.of(toStdout ? "." : output);
        List<Outcome> outcomes = Batch.map(
                inputs,
                in -> render(in, dir, toStdout),
                (in, e) -> new Outcome(List.of(), List.of(in.name() + ": 内部错误 (internal error): " + e)),
                Progress.of(root.err(), inputs.size(), root.terminal()));
        int written = 0;
        int failed = 0;
        for (Outcome o : outcomes) {
            for (String w : o.written()) {
                root.err().println("已写入 (wrote) " + w);
                written++;
            }
            for (String e : o.errors()) {
                root.err().println("fazhi: " + e);
                failed++;
            }
        }
        if (!toStdout) {
            root.err()
                    .println("共写入 " + written + " 个文件到 " + dir.toAbsolutePath().normalize()
                            + (failed > 0 ? "；" + failed + " 个输入无法读取" : "") + "。");
        }
        return failed > 0 ? ExitCodes.UNREADABLE : ExitCodes.OK;
    }

    private Outcome render(Inputs.Input in, Path dir, boolean toStdout) {
        if (!in.ok()) {
            return new Outcome(List.of(), List.of(in.name() + ": " + in.problem()));
        }
        AnnualReport report;
        try {
            report = Inputs.read(in.path());
        } catch (ReportReadException e) {
            return new Outcome(List.of(), List.of(e.getMessage()));
        } catch (IOException e) {
            return new Outcome(List.of(), List.of(in.name() + ": 无法读取 (cannot read): " + e.getMessage()));
        }
        List<String> written = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String format : formats) {
            try {
                if (toStdout) {
                    write(report, format, root.out());
                    root.out().flush();
                    continue;
                }
                Path target = dir.resolve(withExtension(in.relative(), extension(format)));
                if (Files.exists(target) && Files.isSameFile(target, in.path())) {
                    errors.add(in.name() + ": 不覆盖输入文件 (will not overwrite the input) " + target
                            + "; choose another -o folder");
                    continue;
                }
                Path parent = target.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (OutputStream out = Files.newOutputStream(target)) {
                    write(report, format, out);
                }
                written.add(target.toString());
            } catch (IOException e) {
                errors.add(in.name() + ": 无法写入 (cannot write) " + format + ": " + e.getMessage());
            }
        }
        return new Outcome(written, errors);
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

    private static Path withExtension(Path relative, String ext) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path parent = relative.getParent();
        String file = stem + "." + ext;
        return parent == null ? Path.of(file) : parent.resolve(file);
    }
}
