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
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes the JSON form of a report. Field order is fixed so output is stable. */
public final class JsonWriting {

    static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonWriting() {}

    public static String write(AnnualReport r) {
        return MAPPER.writeValueAsString(toTree(r)) + "\n";
    }

    public static ObjectNode toTree(AnnualReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", JsonReading.SCHEMA_VERSION);
        ReportMetadata m = r.metadata();
        r.title().ifPresent(t -> title(root, t));
        m.reportingYear().ifPresent(y -> root.put("reportingYear", y));
        if (!m.issuers().isEmpty()) {
            root.put("issuer", m.issuers().get(0));
            if (m.issuers().size() > 1) {
                strings(root, "coIssuers", m.issuers().subList(1, m.issuers().size()));
            }
        }
        m.subjectType().ifPresent(v -> root.put("subjectType", v.name()));
        m.level().ifPresent(v -> root.put("level", v.name()));
        if (!m.mainRecipients().isEmpty()) {
            strings(root, "mainRecipients", m.mainRecipients());
        }
        if (!m.ccRecipients().isEmpty()) {
            strings(root, "ccRecipients", m.ccRecipients());
        }
        m.documentNumber().ifPresent(v -> root.put("documentNumber", v));
        m.signatory().ifPresent(v -> root.put("signatory", v));
        m.disclosure().ifPresent(d -> disclosure(root.putObject("disclosure"), d));
        if (!r.header().isEmpty()) {
            ArrayNode a = root.putArray("header");
            for (HeaderLine h : r.header()) {
                ObjectNode o = a.addObject();
                o.put("id", h.id());
                o.put("kind", h.kind().name());
                o.put("text", h.text());
                if (h.afterTitle()) {
                    o.put("afterTitle", true);
                }
                span(o, h.span());
            }
        }
        paragraphs(root, "preamble", r.preamble());
        ArrayNode sections = root.putArray("sections");
        for (Section s : r.sections()) {
            section(sections.addObject(), s);
        }
        r.signOff().ifPresent(s -> signOff(root.putObject("signOff"), s));
        if (!r.trailing().isEmpty()) {
            paragraphs(root, "trailing", r.trailing());
        }
        return root;
    }

    private static void title(ObjectNode root, Title t) {
        root.put("title", t.text());
        if (t.lines().size() > 1) {
            strings(root, "titleLines", t.lines());
        }
        t.span().ifPresent(s -> span(root.putObject("titleSpan"), s));
    }

    private static void disclosure(ObjectNode o, Disclosure d) {
        d.date().ifPresent(v -> o.put("date", v.toString()));
        d.channel().ifPresent(v -> o.put("channel", v.name()));
        d.url().ifPresent(v -> o.put("url", v));
    }

    private static void section(ObjectNode o, Section s) {
        o.put("id", s.id());
        o.put("kind", s.kind().name());
        ObjectNode n = o.putObject("number");
        n.put("level", s.number().level());
        n.put("ordinal", s.number().ordinal());
        s.printedNumber().ifPresent(p -> o.put("printedNumber", p));
        o.put("heading", s.heading());
        o.put("runIn", s.runIn());
        ArrayNode blocks = o.putArray("blocks");
        for (Block b : s.blocks()) {
            ObjectNode bo = blocks.addObject();
            bo.put("type", blockType(b));
            block(bo, b);
        }
        if (!s.subsections().isEmpty()) {
            ArrayNode subs = o.putArray("sections");
            for (Section sub : s.subsections()) {
                section(subs.addObject(), sub);
            }
        }
        span(o, s.span());
    }

    private static void signOff(ObjectNode o, SignOff s) {
        strings(o, "issuers", s.issuers());
        s.dateText().ifPresent(v -> o.put("dateText", v));
        s.date().ifPresent(v -> o.put("date", v.toString()));
        span(o, s.span());
    }

    /** The preamble or trailing blocks: paragraphs as they always were, other blocks with their type. */
    private static void paragraphs(ObjectNode root, String name, List<Block> blocks) {
        ArrayNode a = root.putArray(name);
        for (Block b : blocks) {
            ObjectNode o = a.addObject();
            if (!(b instanceof Paragraph)) {
                o.put("type", blockType(b));
            }
            block(o, b);
        }
    }

    /** The JSON {@code type} of a block. */
    static String blockType(Block b) {
        return b instanceof PageFurniture ? "furniture" : "paragraph";
    }

    private static void block(ObjectNode o, Block b) {
        o.put("id", b.id());
        o.put("text", b.text());
        span(o, b.span());
    }

    private static void span(ObjectNode o, Optional<SourceSpan> span) {
        span.ifPresent(s -> span(o.putObject("span"), s));
    }

    private static void span(ObjectNode o, SourceSpan s) {
        if (s.paged()) {
            o.put("page", s.page());
        }
        o.put("line", s.line());
        o.put("column", s.column());
        o.put("endLine", s.endLine());
        o.put("endColumn", s.endColumn());
    }

    private static void strings(ObjectNode o, String name, List<String> values) {
        ArrayNode a = o.putArray(name);
        values.forEach(a::add);
    }
}
