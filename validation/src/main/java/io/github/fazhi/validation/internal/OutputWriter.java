package io.github.fazhi.validation.internal;

import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.internal.JsonOutput;
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
import tools.jackson.core.JsonGenerator;

/**
 * Writes validation reports as SARIF 2.1.0 and as fazhi's plain JSON, with jackson-core's streaming
 * generator in fazhi's JSON layout ({@link JsonOutput}), whichever Jackson the application has.
 */
public final class OutputWriter {

    /** The tool's name in both outputs. */
    public static final String TOOL = "fazhi";

    private static final String INFORMATION_URI = "https://github.com/fazhi/fazhi";
    private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
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

        return JsonOutput.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("$schema", SARIF_SCHEMA);
            g.writeStringProperty("version", Sarif.VERSION);
            g.writeArrayPropertyStart("runs");
            g.writeStartObject();
            g.writeObjectPropertyStart("tool");
            g.writeObjectPropertyStart("driver");
            g.writeStringProperty("name", TOOL);
            g.writeStringProperty("fullName", "fazhi: checks for 法治政府建设年度报告");
            g.writeStringProperty("version", VERSION);
            g.writeStringProperty("informationUri", INFORMATION_URI);
            g.writeStringProperty("language", locale.toLanguageTag());
            g.writeArrayPropertyStart("rules");
            for (Map.Entry<String, Rule> e : rules.entrySet()) {
                rule(g, e.getKey(), e.getValue(), levels.get(e.getKey()), locale);
            }
            g.writeEndArray();
            g.writeEndObject(); // driver
            g.writeEndObject(); // tool

            g.writeStringProperty("language", locale.toLanguageTag());
            g.writeStringProperty("columnKind", "unicodeCodePoints");
            g.writeArrayPropertyStart("artifacts");
            for (Target t : targets) {
                g.writeStartObject();
                t.uri().ifPresent(u -> {
                    g.writeObjectPropertyStart("location");
                    g.writeStringProperty("uri", u);
                    g.writeEndObject();
                });
                g.writeArrayPropertyStart("roles");
                g.writeString("analysisTarget");
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("results");
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                for (Finding f : t.report().findings()) {
                    result(g, f, ruleIndex.get(f.ruleId()), t.uri(), i);
                }
            }
            g.writeEndArray();
            if (!targets.isEmpty()) {
                g.writeObjectPropertyStart("properties");
                g.writeStringProperty(
                        "profile", targets.get(0).report().profile().name());
                // the rules' era of each target, in target order (one entry per analysis target)
                g.writeArrayPropertyStart("eras");
                for (Target t : targets) {
                    g.writeString(t.report().era().id());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject(); // run
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void rule(JsonGenerator g, String id, Rule r, Severity level, Locale locale) {
        g.writeStartObject();
        g.writeStringProperty("id", id);
        if (r != null) {
            g.writeStringProperty("name", r.name());
            String here = r.description(locale);
            Locale other = Messages.language(locale).equals("en") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            text(g, "shortDescription", here);
            text(g, "fullDescription", here);
            text(g, "help", here + "\n" + r.description(other));
            g.writeObjectPropertyStart("properties");
            g.writeStringProperty("category", r.category().name().toLowerCase(Locale.ROOT));
            g.writeEndObject();
        }
        g.writeObjectPropertyStart("defaultConfiguration");
        g.writeStringProperty("level", level.sarifLevel());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, int ruleIndex, Optional<String> uri, int artifact) {
        g.writeStartObject();
        g.writeStringProperty("ruleId", f.ruleId());
        g.writeNumberProperty("ruleIndex", ruleIndex);
        g.writeStringProperty("level", f.severity().sarifLevel());
        text(g, "message", f.message());
        g.writeArrayPropertyStart("locations");
        g.writeStartObject();
        g.writeObjectPropertyStart("physicalLocation");
        g.writeObjectPropertyStart("artifactLocation");
        uri.ifPresent(u -> g.writeStringProperty("uri", u));
        g.writeNumberProperty("index", artifact);
        g.writeEndObject();
        f.span().ifPresent(s -> region(g, s));
        g.writeEndObject(); // physicalLocation
        g.writeArrayPropertyStart("logicalLocations");
        g.writeStartObject();
        g.writeStringProperty("fullyQualifiedName", f.elementId());
        g.writeStringProperty("kind", "element");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject(); // location
        g.writeEndArray();
        if (!f.relatedLocations().isEmpty()) {
            g.writeArrayPropertyStart("relatedLocations");
            int id = 1;
            for (Finding.Location l : f.relatedLocations()) {
                g.writeStartObject();
                g.writeNumberProperty("id", id++);
                g.writeObjectPropertyStart("physicalLocation");
                g.writeObjectPropertyStart("artifactLocation");
                uri.ifPresent(u -> g.writeStringProperty("uri", u));
                g.writeNumberProperty("index", artifact);
                g.writeEndObject();
                l.span().ifPresent(sp -> region(g, sp));
                g.writeEndObject();
                g.writeArrayPropertyStart("logicalLocations");
                g.writeStartObject();
                g.writeStringProperty("fullyQualifiedName", l.elementId());
                g.writeStringProperty("kind", "element");
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectPropertyStart("properties");
        g.writeStringProperty("elementId", f.elementId());
        f.suggestedFix().ifPresent(fix -> g.writeStringProperty("suggestedFix", fix));
        detail(g, f.detail());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code "name" : {"text" : text}}, SARIF's message form. */
    private static void text(JsonGenerator g, String name, String text) {
        g.writeObjectPropertyStart(name);
        g.writeStringProperty("text", text);
        g.writeEndObject();
    }

    private static void region(JsonGenerator g, SourceSpan s) {
        g.writeObjectPropertyStart("region");
        g.writeNumberProperty("startLine", s.line());
        g.writeNumberProperty("startColumn", s.column());
        g.writeNumberProperty("endLine", s.endLine());
        g.writeNumberProperty("endColumn", s.endColumn());
        g.writeEndObject();
    }

    /** One report in the plain JSON form. */
    public static String json(ValidationReport report) {
        return JsonOutput.write(g -> {
            g.writeStartObject();
            header(g, report);
            report.source().ifPresent(s -> g.writeStringProperty("source", s));
            body(g, report);
            g.writeEndObject();
        });
    }

    /** Many reports in the plain JSON form, under {@code files}. */
    public static String json(List<Target> targets) {
        return JsonOutput.write(g -> {
            g.writeStartObject();
            if (targets.isEmpty()) {
                g.writeStringProperty("schemaVersion", FindingsJson.SCHEMA_VERSION);
            } else {
                header(g, targets.get(0).report());
            }
            g.writeArrayPropertyStart("files");
            for (Target t : targets) {
                g.writeStartObject();
                t.uri().ifPresent(u -> g.writeStringProperty("uri", u));
                body(g, t.report());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void header(JsonGenerator g, ValidationReport report) {
        g.writeStringProperty("schemaVersion", FindingsJson.SCHEMA_VERSION);
        g.writeObjectPropertyStart("tool");
        g.writeStringProperty("name", TOOL);
        g.writeStringProperty("version", VERSION);
        g.writeEndObject();
        g.writeStringProperty("profile", report.profile().name());
        g.writeStringProperty("locale", report.locale().toLanguageTag());
    }

    private static void body(JsonGenerator g, ValidationReport report) {
        g.writeStringProperty("era", report.era().id());
        g.writeObjectPropertyStart("summary");
        for (Severity s : Severity.values()) {
            g.writeNumberProperty(s.jsonName(), report.count(s));
        }
        g.writeEndObject();
        g.writeArrayPropertyStart("findings");
        for (Finding f : report.findings()) {
            g.writeStartObject();
            g.writeStringProperty("ruleId", f.ruleId());
            g.writeStringProperty("severity", f.severity().jsonName());
            g.writeStringProperty("message", f.message());
            g.writeStringProperty("elementId", f.elementId());
            f.span().ifPresent(s -> span(g, s));
            f.suggestedFix().ifPresent(fix -> g.writeStringProperty("suggestedFix", fix));
            detail(g, f.detail());
            if (!f.relatedLocations().isEmpty()) {
                g.writeArrayPropertyStart("relatedLocations");
                for (Finding.Location l : f.relatedLocations()) {
                    g.writeStartObject();
                    g.writeStringProperty("elementId", l.elementId());
                    l.span().ifPresent(s -> span(g, s));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void span(JsonGenerator g, SourceSpan s) {
        g.writeObjectPropertyStart("span");
        g.writeNumberProperty("line", s.line());
        g.writeNumberProperty("column", s.column());
        g.writeNumberProperty("endLine", s.endLine());
        g.writeNumberProperty("endColumn", s.endColumn());
        g.writeEndObject();
    }

    /** The finding's detail as {@code "detail" : {…}}: lists as arrays of strings, numbers and booleans as such. */
    private static void detail(JsonGenerator g, Map<String, Object> detail) {
        g.writeObjectPropertyStart("detail");
        detail.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                g.writeArrayPropertyStart(k);
                list.forEach(x -> g.writeString(String.valueOf(x)));
                g.writeEndArray();
            } else if (v instanceof Integer n) {
                g.writeNumberProperty(k, n);
            } else if (v instanceof Long n) {
                g.writeNumberProperty(k, n);
            } else if (v instanceof Number n) {
                g.writeNumberProperty(k, n.doubleValue());
            } else if (v instanceof Boolean b) {
                g.writeBooleanProperty(k, b);
            } else {
                g.writeStringProperty(k, String.valueOf(v));
            }
        });
        g.writeEndObject();
    }
}
