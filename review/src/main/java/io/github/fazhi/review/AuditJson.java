package io.github.fazhi.review;

import io.github.fazhi.core.SectionKind;
import io.github.fazhi.review.internal.AuditMessages;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Severity;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes an {@link Audit} as {@code audit.json} with jackson-core's streaming API alone (no databind, so
 * the host application's Jackson never matters). The field names are a stable public format
 * ({@value #SCHEMA_VERSION}); optional fields are left out when absent:
 *
 * <pre>{@code
 * {
 *   "schemaVersion": "1.0",
 *   "year": 2025, "profile": "national", "locale": "zh-CN", "unitList": "units.csv",
 *   "totals": {"units": 12, "reported": 11, "status": {"ok": 4, "warnings": 2, …}, "files": 13, …},
 *   "topRules": [{"ruleId": "part-missing", "severity": "error", "description": "…", "findings": 3, "files": 3}],
 *   "units": [
 *     {"number": 1, "unit": "清河市清河区司法局", "status": "ok", "statusLabel": "正常",
 *      "errors": 0, "warnings": 0, "infos": 1, "missingParts": [],
 *      "firstResponsiblePerson": {"verdict": "own-part", "label": "单独成部分", "rules": []},
 *      "dateOfIssue": "2026-01-20",
 *      "submission": {"deadline": "2026-03-01", "date": "2026-01-20", "timeliness": "on-time", "daysLate": 0},
 *      "files": [{"file": "reports/司法局.docx", "status": "ok", "primary": true, "format": "docx",
 *                 "matchedBy": "name", "issuer": "清河市清河区司法局", "page": "reports/….html",
 *                 "errors": 0, "warnings": 0, "infos": 1, "findings": [{"ruleId": …, "severity": …,
 *                 "message": …, "elementId": …, "line": 3, "column": 1, "suggestedFix": …}]}]}
 *   ],
 *   "unmatchedFiles": [ … ], "ambiguousFiles": [ {"file": …, "candidates": ["…", "…"], …} ]
 * }
 * }</pre>
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("out/audit.json"))) {
 *     AuditJson.write(audit, w);
 * }
 * String json = AuditJson.toJson(audit);
 * }</pre>
 */
public final class AuditJson {

    /** The version of the format. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private AuditJson() {}

    /** The audit as a JSON text. */
    public static String toJson(Audit audit) {
        StringWriter w = new StringWriter();
        write(audit, w);
        return w.toString();
    }

    /**
     * Writes the audit to {@code out} (not closed).
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void write(Audit audit, Writer out) {
        ObjectWriteContext pretty = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new DefaultPrettyPrinter();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
        try (JsonGenerator g = FACTORY.createGenerator(pretty, out)) {
            new Output(audit, g).document();
        } catch (JacksonException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
        try {
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Output(Audit audit, JsonGenerator g) {

        void document() {
            g.writeStartObject();
            g.writeStringProperty("schemaVersion", SCHEMA_VERSION);
            audit.year().ifPresent(y -> g.writeNumberProperty("year", y));
            g.writeStringProperty("profile", audit.profile().name());
            g.writeStringProperty("locale", audit.locale().toLanguageTag());
            g.writeStringProperty("unitList", audit.unitsSource());
            totals(audit.totals());
            g.writeArrayPropertyStart("topRules");
            for (RuleCount r : audit.rules()) {
                g.writeStartObject();
                g.writeStringProperty("ruleId", r.ruleId());
                g.writeStringProperty("severity", r.severity().jsonName());
                g.writeStringProperty("description", r.description());
                g.writeNumberProperty("findings", r.findings());
                g.writeNumberProperty("files", r.files());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("units");
            for (UnitResult u : audit.units()) {
                unit(u);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("unmatchedFiles");
            for (ReportSummary f : audit.unmatched()) {
                file(f, f.contentStatus(), false);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("ambiguousFiles");
            for (ReportSummary f : audit.ambiguous()) {
                file(f, f.contentStatus(), false);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        void totals(AuditTotals t) {
            g.writeObjectPropertyStart("totals");
            g.writeNumberProperty("units", t.units());
            g.writeNumberProperty("reported", t.reported());
            g.writeObjectPropertyStart("status");
            for (AuditStatus s : AuditStatus.values()) {
                g.writeNumberProperty(s.id(), t.count(s));
            }
            g.writeEndObject();
            g.writeNumberProperty("files", t.files());
            g.writeNumberProperty("unreadableFiles", t.unreadableFiles());
            g.writeNumberProperty("unmatchedFiles", t.unmatchedFiles());
            g.writeNumberProperty("ambiguousFiles", t.ambiguousFiles());
            g.writeNumberProperty("errors", t.errors());
            g.writeNumberProperty("warnings", t.warnings());
            g.writeNumberProperty("infos", t.infos());
            g.writeNumberProperty("lateSubmissions", t.lateSubmissions());
            g.writeNumberProperty("latePublications", t.latePublications());
            g.writeNumberProperty("withoutPublicationDate", t.withoutPublicationDate());
            g.writeEndObject();
        }

        void unit(UnitResult u) {
            g.writeStartObject();
            g.writeNumberProperty("number", u.number());
            g.writeStringProperty("unit", u.unit().name());
            u.unit().type().ifPresent(t -> g.writeStringProperty("type", t.name()));
            u.unit().level().ifPresent(l -> g.writeStringProperty("level", l.name()));
            if (!u.unit().aliases().isEmpty()) {
                strings("aliases", u.unit().aliases());
            }
            g.writeStringProperty("status", u.status().id());
            g.writeStringProperty("statusLabel", u.status().label(audit.locale()));
            g.writeNumberProperty("errors", u.count(Severity.ERROR));
            g.writeNumberProperty("warnings", u.count(Severity.WARNING));
            g.writeNumberProperty("infos", u.count(Severity.INFO));
            g.writeArrayPropertyStart("missingParts");
            for (SectionKind k : u.missingParts()) {
                g.writeStartObject();
                g.writeNumberProperty("item", k.mandatedItem());
                g.writeStringProperty("kind", k.name());
                g.writeStringProperty("name", AuditMessages.get(audit.locale(), "part." + k.name()));
                g.writeEndObject();
            }
            g.writeEndArray();
            FirstResponsiblePersonVerdict v = u.firstResponsiblePerson();
            g.writeObjectPropertyStart("firstResponsiblePerson");
            g.writeStringProperty("verdict", v.kind().id());
            g.writeStringProperty("label", v.label(audit.locale()));
            strings("rules", v.ruleIds());
            g.writeEndObject();
            date("dateOfIssue", u.dateOfIssue());
            date("publicationDate", u.publicationDate());
            u.submission().ifPresent(d -> deadline("submission", d));
            u.publication().ifPresent(d -> deadline("publication", d));
            g.writeArrayPropertyStart("files");
            for (SubmittedFile f : u.files()) {
                file(f.summary(), f.status(), f.primary());
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        void deadline(String name, DeadlineCheck d) {
            g.writeObjectPropertyStart(name);
            g.writeStringProperty("deadline", d.deadline().toString());
            date("date", d.date());
            g.writeStringProperty("timeliness", d.timeliness().id());
            g.writeNumberProperty("daysLate", d.daysLate());
            g.writeEndObject();
        }

        void file(ReportSummary f, AuditStatus status, boolean primary) {
            g.writeStartObject();
            g.writeStringProperty("file", f.file());
            g.writeStringProperty("status", status.id());
            g.writeBooleanProperty("primary", primary);
            f.format().ifPresent(v -> g.writeStringProperty("format", v));
            f.readError().ifPresent(v -> g.writeStringProperty("readError", v));
            f.match().method().ifPresent(m -> g.writeStringProperty("matchedBy", m.id()));
            f.match().issuer().ifPresent(v -> g.writeStringProperty("matchedName", v));
            if (f.match().isAmbiguous()) {
                strings("candidates", f.match().candidates());
            }
            if (!f.issuers().isEmpty()) {
                g.writeStringProperty("issuer", f.issuers().get(0));
            }
            f.title().ifPresent(v -> g.writeStringProperty("title", v));
            f.reportingYear().ifPresent(y -> g.writeNumberProperty("reportingYear", y));
            date("dateOfIssue", f.dateOfIssue());
            date("publicationDate", f.publicationDate());
            f.page().ifPresent(v -> g.writeStringProperty("page", v));
            if (f.isReadable()) {
                g.writeNumberProperty("errors", f.count(Severity.ERROR));
                g.writeNumberProperty("warnings", f.count(Severity.WARNING));
                g.writeNumberProperty("infos", f.count(Severity.INFO));
                g.writeStringProperty(
                        "firstResponsiblePerson",
                        f.firstResponsiblePerson().kind().id());
                g.writeArrayPropertyStart("findings");
                for (Finding x : f.findings()) {
                    finding(x);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        void finding(Finding f) {
            g.writeStartObject();
            g.writeStringProperty("ruleId", f.ruleId());
            g.writeStringProperty("severity", f.severity().jsonName());
            g.writeStringProperty("message", f.message());
            g.writeStringProperty("elementId", f.elementId());
            f.span().ifPresent(s -> {
                g.writeNumberProperty("line", s.line());
                g.writeNumberProperty("column", s.column());
            });
            f.suggestedFix().ifPresent(v -> g.writeStringProperty("suggestedFix", v));
            g.writeEndObject();
        }

        void date(String name, Optional<LocalDate> d) {
            d.ifPresent(v -> g.writeStringProperty(name, v.toString()));
        }

        void strings(String name, List<String> values) {
            g.writeArrayPropertyStart(name);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }
}
