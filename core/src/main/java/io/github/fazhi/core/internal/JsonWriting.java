package io.github.fazhi.core.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Disclosure;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.Title;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the JSON form of a report with jackson-core's streaming generator. Field order is fixed so
 * output is stable; optional fields are left out when absent.
 */
public final class JsonWriting {

    private JsonWriting() {}

    public static String write(AnnualReport r) {
        return JsonOutput.write(g -> report(g, r)) + "\n";
    }

    private static void report(JsonGenerator g, AnnualReport r) {
        g.writeStartObject();
        g.writeStringProperty("schemaVersion", JsonReading.SCHEMA_VERSION);
        ReportMetadata m = r.metadata();
        r.title().ifPresent(t -> title(g, t));
        m.reportingYear().ifPresent(y -> g.writeNumberProperty("reportingYear", y));
        if (!m.issuers().isEmpty()) {
            g.writeStringProperty("issuer", m.issuers().get(0));
            if (m.issuers().size() > 1) {
                strings(g, "coIssuers", m.issuers().subList(1, m.issuers().size()));
            }
        }
        m.subjectType().ifPresent(v -> g.writeStringProperty("subjectType", v.name()));
        m.level().ifPresent(v -> g.writeStringProperty("level", v.name()));
        if (!m.mainRecipients().isEmpty()) {
            strings(g, "mainRecipients", m.mainRecipients());
        }
        if (!m.ccRecipients().isEmpty()) {
            strings(g, "ccRecipients", m.ccRecipients());
        }
        m.documentNumber().ifPresent(v -> g.writeStringProperty("documentNumber", v));
        m.signatory().ifPresent(v -> g.writeStringProperty("signatory", v));
        m.disclosure().ifPresent(d -> disclosure(g, d));
        if (!r.header().isEmpty()) {
            g.writeArrayPropertyStart("header");
            for (HeaderLine h : r.header()) {
                header(g, h);
            }
            g.writeEndArray();
        }
        paragraphs(g, "preamble", r.preamble());
        g.writeArrayPropertyStart("sections");
        for (Section s : r.sections()) {
            section(g, s);
        }
        g.writeEndArray();
        r.signOff().ifPresent(s -> signOff(g, s));
        if (!r.trailing().isEmpty()) {
            paragraphs(g, "trailing", r.trailing());
        }
        g.writeEndObject();
    }

    private static void title(JsonGenerator g, Title t) {
        g.writeStringProperty("title", t.text());
        if (t.lines().size() > 1) {
            strings(g, "titleLines", t.lines());
        }
        t.span().ifPresent(s -> {
            g.writeName("titleSpan");
            span(g, s);
        });
    }

    private static void disclosure(JsonGenerator g, Disclosure d) {
        g.writeObjectPropertyStart("disclosure");
        d.date().ifPresent(v -> g.writeStringProperty("date", v.toString()));
        d.channel().ifPresent(v -> g.writeStringProperty("channel", v.name()));
        d.url().ifPresent(v -> g.writeStringProperty("url", v));
        g.writeEndObject();
    }

    private static void header(JsonGenerator g, HeaderLine h) {
        g.writeStartObject();
        g.writeStringProperty("id", h.id());
        g.writeStringProperty("kind", h.kind().name());
        g.writeStringProperty("text", h.text());
        if (h.afterTitle()) {
            g.writeBooleanProperty("afterTitle", true);
        }
        span(g, h.span());
        g.writeEndObject();
    }

    private static void section(JsonGenerator g, Section s) {
        g.writeStartObject();
        g.writeStringProperty("id", s.id());
        g.writeStringProperty("kind", s.kind().name());
        g.writeObjectPropertyStart("number");
        g.writeNumberProperty("level", s.number().level());
        g.writeNumberProperty("ordinal", s.number().ordinal());
        g.writeEndObject();
        s.printedNumber().ifPresent(p -> g.writeStringProperty("printedNumber", p));
        g.writeStringProperty("heading", s.heading());
        g.writeBooleanProperty("runIn", s.runIn());
        g.writeArrayPropertyStart("blocks");
        for (Block b : s.blocks()) {
            block(g, b, true);
        }
        g.writeEndArray();
        if (!s.subsections().isEmpty()) {
            g.writeArrayPropertyStart("sections");
            for (Section sub : s.subsections()) {
                section(g, sub);
            }
            g.writeEndArray();
        }
        span(g, s.span());
        g.writeEndObject();
    }

    private static void signOff(JsonGenerator g, SignOff s) {
        g.writeObjectPropertyStart("signOff");
        strings(g, "issuers", s.issuers());
        s.dateText().ifPresent(v -> g.writeStringProperty("dateText", v));
        s.date().ifPresent(v -> g.writeStringProperty("date", v.toString()));
        span(g, s.span());
        g.writeEndObject();
    }

    /** The preamble or trailing blocks: paragraphs as they always were, with no type; others with theirs. */
    private static void paragraphs(JsonGenerator g, String name, List<Block> blocks) {
        g.writeArrayPropertyStart(name);
        for (Block b : blocks) {
            block(g, b, !(b instanceof Paragraph));
        }
        g.writeEndArray();
    }

    /** The JSON {@code type} of a block; a new block type adds its name here and in {@code JsonReading.block}. */
    static String blockType(Block b) {
        return b instanceof PageFurniture ? "furniture" : "paragraph";
    }

    /** One block: its {@code type} (when {@code typed}), {@code id}, {@code text} and {@code span}. */
    private static void block(JsonGenerator g, Block b, boolean typed) {
        g.writeStartObject();
        if (typed) {
            g.writeStringProperty("type", blockType(b));
        }
        g.writeStringProperty("id", b.id());
        g.writeStringProperty("text", b.text());
        span(g, b.span());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, Optional<SourceSpan> span) {
        span.ifPresent(s -> {
            g.writeName("span");
            span(g, s);
        });
    }

    private static void span(JsonGenerator g, SourceSpan s) {
        g.writeStartObject();
        if (s.paged()) {
            g.writeNumberProperty("page", s.page());
        }
        g.writeNumberProperty("line", s.line());
        g.writeNumberProperty("column", s.column());
        g.writeNumberProperty("endLine", s.endLine());
        g.writeNumberProperty("endColumn", s.endColumn());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeArrayPropertyStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
