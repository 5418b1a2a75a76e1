package io.github.fazhi.validation.internal;

import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.FindingsJson;
import io.github.fazhi.validation.Rule;
import io.github.fazhi.validation.Sarif;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes validation reports as SARIF 2.1.0 and as fazhi's plain JSON. */
public final class OutputWriter {

    /** The tool's name in both outputs. */
    public static final String TOOL = "fazhi";

    private static final String INFORMATION_URI = "https://github.com/fazhi/fazhi";
    private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String VERSION = readVersion();

    /**
     * One report and the artifact it is about.
     *
     * @param uri the artifact's URI, when known
     * @param report the report
     */
    public record Target(Optional<String> uri, ValidationReport report) {}

    private OutputWriter() {}

    /** The library's version. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = OutputWriter.class.getResourceAsStream("fazhi-validation.properties")) {
            if (in == null) {
                return "0";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "0");
        } catch (IOException e) {
            return "0";
        }
    }

    /** A SARIF log with one run holding every target's results. */
    public static String sarif(List<Target> targets) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SARIF_SCHEMA);
        root.put("version", Sarif.VERSION);
        ObjectNode run = root.putArray("runs").addObject();
        Locale locale = targets.isEmpty()
                ? Locale.SIMPLIFIED_CHINESE
                : targets.get(0).report().locale();

        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, Severity> levels = new LinkedHashMap<>();
        for (Target t : targets) {
            for (Rule r : t.report().rules()) {
                if (!rules.containsKey(r.id())) {
                    ruleIndex.put(r.id(), rules.size());
                    rules.put(r.id(), r);
                    levels.put(r.id(), t.report().profile().severity(r.id()).orElse(r.defaultSeverity()));
                }
            }
            for (Finding f : t.report().findings()) {
                if (!rules.containsKey(f.ruleId())) {
                    ruleIndex.put(f.ruleId(), rules.size());
                    rules.put(f.ruleId(), null);
                    levels.put(f.ruleId(), f.severity());
                }
            }
        }

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL);
        driver.put("fullName", "fazhi: checks for 法治政府建设年度报告");
        driver.put("version", VERSION);
        driver.put("informationUri", INFORMATION_URI);
        driver.put("language", locale.toLanguageTag());
        ArrayNode ruleArray = driver.putArray("rules");
        for (Map.Entry<String, Rule> e : rules.entrySet()) {
            ObjectNode rn = ruleArray.addObject();
            rn.put("id", e.getKey());
            Rule r = e.getValue();
            if (r != null) {
                rn.put("name", r.name());
                String here = r.description(locale);
                Locale other = Messages.language(locale).equals("en") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
                rn.putObject("shortDescription").put("text", here);
                rn.putObject("fullDescription").put("text", here);
                rn.putObject("help").put("text", here + "\n" + r.description(other));
                rn.putObject("properties").put("category", r.category().name().toLowerCase(Locale.ROOT));
            }
            rn.putObject("defaultConfiguration")
                    .put("level", levels.get(e.getKey()).sarifLevel());
        }

        run.put("language", locale.toLanguageTag());
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode artifacts = run.putArray("artifacts");
        ArrayNode results = run.putArray("results");
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            ObjectNode artifact = artifacts.addObject();
            t.uri().ifPresent(u -> artifact.putObject("location").put("uri", u));
            artifact.putArray("roles").add("analysisTarget");
            for (Finding f : t.report().findings()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", f.ruleId());
                result.put("ruleIndex", ruleIndex.get(f.ruleId()));
                result.put("level", f.severity().sarifLevel());
                result.putObject("message").put("text", f.message());
                ObjectNode location = result.putArray("locations").addObject();
                ObjectNode physical = location.putObject("physicalLocation");
                ObjectNode artifactLocation = physical.putObject("artifactLocation");
                t.uri().ifPresent(u -> artifactLocation.put("uri", u));
                artifactLocation.put("index", i);
                f.span().ifPresent(s -> region(physical.putObject("region"), s));
                ObjectNode logical = location.putArray("logicalLocations").addObject();
                logical.put("fullyQualifiedName", f.elementId());
                logical.put("kind", "element");
                ObjectNode props = result.putObject("properties");
                props.put("elementId", f.elementId());
                f.suggestedFix().ifPresent(fix -> props.put("suggestedFix", fix));
                detail(props.putObject("detail"), f.detail());
            }
        }
        if (!targets.isEmpty()) {
            run.putObject("properties")
                    .put("profile", targets.get(0).report().profile().name());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void region(ObjectNode region, SourceSpan s) {
        region.put("startLine", s.line());
        region.put("startColumn", s.column());
        region.put("endLine", s.endLine());
        region.put("endColumn", s.endColumn());
    }

    /** One report in the plain JSON form. */
    public static String json(ValidationReport report) {
        ObjectNode root = header(report);
        report.source().ifPresent(s -> root.put("source", s));
        body(root, report);
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Many reports in the plain JSON form, under {@code files}. */
    public static String json(List<Target> targets) {
        ObjectNode root = targets.isEmpty()
                ? MAPPER.createObjectNode()
                : header(targets.get(0).report());
        if (targets.isEmpty()) {
            root.put("schemaVersion", FindingsJson.SCHEMA_VERSION);
        }
        ArrayNode files = root.putArray("files");
        for (Target t : targets) {
            ObjectNode file = files.addObject();
            t.uri().ifPresent(u -> file.put("uri", u));
            body(file, t.report());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode header(ValidationReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", FindingsJson.SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", TOOL);
        tool.put("version", VERSION);
        root.put("profile", report.profile().name());
        root.put("locale", report.locale().toLanguageTag());
        return root;
    }

    private static void body(ObjectNode node, ValidationReport report) {
        ObjectNode summary = node.putObject("summary");
        for (Severity s : Severity.values()) {
            summary.put(s.jsonName(), report.count(s));
        }
        ArrayNode findings = node.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode fn = findings.addObject();
            fn.put("ruleId", f.ruleId());
            fn.put("severity", f.severity().jsonName());
            fn.put("message", f.message());
            fn.put("elementId", f.elementId());
            f.span().ifPresent(s -> {
                ObjectNode span = fn.putObject("span");
                span.put("line", s.line());
                span.put("column", s.column());
                span.put("endLine", s.endLine());
                span.put("endColumn", s.endColumn());
            });
            f.suggestedFix().ifPresent(fix -> fn.put("suggestedFix", fix));
            detail(fn.putObject("detail"), f.detail());
        }
    }

    private static void detail(ObjectNode node, Map<String, Object> detail) {
        detail.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                ArrayNode a = node.putArray(k);
                list.forEach(x -> a.add(String.valueOf(x)));
            } else if (v instanceof Integer n) {
                node.put(k, n);
            } else if (v instanceof Long n) {
                node.put(k, n);
            } else if (v instanceof Number n) {
                node.put(k, n.doubleValue());
            } else if (v instanceof Boolean b) {
                node.put(k, b);
            } else {
                node.put(k, String.valueOf(v));
            }
        });
    }
}
