package io.github.fazhi.cli;

import io.github.fazhi.cli.internal.CliMessages;
import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.ReportBuilder;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.SubjectType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code fazhi new}: a skeleton report with the standard headings of the mandated parts. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Write a skeleton report with the standard headings of the mandated parts for a year, ready to fill in.",
            "生成某一年度报告的框架：含各法定部分的标准标题，待填写。"
        })
final class NewCommand implements Callable<Integer> {

    /** The marker every unfilled place carries; the placeholder rule reports each. */
    static final String TODO = "【请填写";

    @ParentCommand
    FazhiCommand root;

    @Option(names = "--year", required = true, description = "The reporting year (报告年度), e.g. 2025.")
    int year;

    @Option(names = "--issuer", required = true, description = "The issuing organ (报告主体), e.g. 清河市清河区司法局.")
    String issuer;

    @Option(
            names = "--subject-type",
            description = "Subject type: ${COMPLETION-CANDIDATES} (default: GOVERNMENT_DEPARTMENT).",
            defaultValue = "GOVERNMENT_DEPARTMENT")
    SubjectType subjectType;

    @Option(names = "--level", description = "Administrative level: ${COMPLETION-CANDIDATES}.")
    Optional<AdministrativeLevel> level;

    @Option(names = "--format", description = "text or json (default: from the -o file's extension, else text).")
    Optional<String> format;

    @Option(
            names = {"-o", "--output"},
            description = "Write to FILE instead of standard output.",
            paramLabel = "FILE")
    Optional<Path> output;

    @Override
    public Integer call() throws IOException {
        if (year < 1949 || year > 2999) {
            throw new picocli.CommandLine.ParameterException(
                    root.spec.commandLine().getSubcommands().get("new"),
                    CliMessages.usage().get(CliMessages.Key.YEAR_NOT_FOUR_DIGITS, year));
        }
        AnnualReport report = skeleton(issuer, year, subjectType, level);
        String fmt = format.orElseGet(() -> output.map(
                        p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? "json" : "text")
                .orElse("text"));
        String text = switch (fmt) {
            case "json" -> ReportJson.write(report);
            case "text", "txt" -> PlainTextWriter.standard().write(report);
            default ->
                throw new picocli.CommandLine.ParameterException(
                        root.spec.commandLine().getSubcommands().get("new"),
                        CliMessages.usage().get(CliMessages.Key.FORMAT_NOT_TEXT_OR_JSON, fmt));
        };
        if (output.isPresent()) {
            Path parent = output.get().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output.get(), text, StandardCharsets.UTF_8);
            root.err().println(CliMessages.bilingual(CliMessages.Key.GENERATED) + ": " + output.get());
        } else {
            root.out().print(text);
            root.out().flush();
        }
        return ExitCodes.OK;
    }

    /**
     * The skeleton: standard title and headings, run-in sub-sections whose placeholders say what to write,
     * and the sign-off with the issuer; the date of issue is left for the person signing.
     */
    static AnnualReport skeleton(String issuer, int year, SubjectType type, Optional<AdministrativeLevel> level) {
        ReportBuilder b = AnnualReport.builder()
                .issuer(issuer)
                .reportingYear(year)
                .preamble(year + "年，" + issuer + TODO + "：全年推进法治政府建设的总体情况】。现将有关情况报告如下：")
                .measuresAndResults(
                        p -> p.runIn(TODO + "：举措】", TODO + "：具体做法、数据和事例】").runIn(TODO + "：举措】", TODO + "：具体做法、数据和事例】"))
                .shortcomingsAndCauses(
                        p -> p.runIn("存在的主要问题", TODO + "：逐条写明存在的不足】").runIn("原因分析", TODO + "：逐条分析原因】"))
                .firstResponsiblePerson(
                        p -> p.paragraph(TODO + "：党政主要负责人履行推进法治建设第一责任人职责的情况，" + "写明主要负责同志如何部署、推动、协调、督办，以及年终述法情况】"))
                .nextYearPlan(p -> p.runIn(TODO + "：工作安排】", TODO + "：" + (year + 1) + "年具体措施】"))
                .signOff(SignOff.of(List.of(issuer)));
        b.subject(type);
        level.ifPresent(l -> b.subject(type, l));
        return b.build();
    }
}
