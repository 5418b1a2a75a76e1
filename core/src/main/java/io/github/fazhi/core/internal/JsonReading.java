package io.github.fazhi.core.internal;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Disclosure;
import io.github.fazhi.core.DisclosureChannel;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.SubjectType;
import io.github.fazhi.core.Title;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON form strictly: the text is read into a {@link JsonValue} tree with jackson-core's
 * streaming parser, every field is type-checked against the schema before the report is built, and every
 * problem names its JSON path.
 *
 * <p>Versions: a reader reads its own major version up to its own minor ({@link #SCHEMA_VERSION}) and
 * refuses the rest. A minor version adds fields or values, which an older reader could only drop, so it
 * refuses a newer minor rather than lose part of a report; a major version changes or removes fields.
 */
public final class JsonReading {

    /** The version written, and the newest read. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
    private static final int MAJOR = Integer.parseInt(SCHEMA_VERSION.substring(0, SCHEMA_VERSION.indexOf('.')));
    private static final int MINOR = Integer.parseInt(SCHEMA_VERSION.substring(SCHEMA_VERSION.indexOf('.') + 1));
    private static final int MAX_DEPTH = 12;

    private static final Set<String> ROOT_FIELDS = Set.of(
            "schemaVersion",
            "title",
            "titleLines",
            "titleSpan",
            "reportingYear",
            "issuer",
            "coIssuers",
            "subjectType",
            "level",
            "mainRecipients",
            "ccRecipients",
            "documentNumber",
            "signatory",
            "disclosure",
            "header",
            "preamble",
            "sections",
            "signOff",
            "trailing");
    private static final Set<String> SECTION_FIELDS =
            Set.of("id", "kind", "number", "printedNumber", "heading", "runIn", "blocks", "sections", "span");
    private static final Set<String> PARAGRAPH_FIELDS = Set.of("type", "id", "text", "span");
    private static final Set<String> BLOCK_FIELDS = Set.of("type", "id", "text", "span");
    private static final Set<String> HEADER_FIELDS = Set.of("id", "kind", "text", "afterTitle", "span");
    private static final Set<String> SIGNOFF_FIELDS = Set.of("issuers", "dateText", "date", "span");
    private static final Set<String> SPAN_FIELDS = Set.of("page", "line", "column", "endLine", "endColumn");
    private static final Set<String> NUMBER_FIELDS = Set.of("level", "ordinal");
    private static final Set<String> DISCLOSURE_FIELDS = Set.of("date", "channel", "url");

    private final String source;
    private final ReaderMessages messages;

    private JsonReading(String source, ReaderMessages messages) {
        this.source = source;
        this.messages = messages;
    }

    /** Reads UTF-8 JSON bytes; errors name {@code source} and are in {@code locale}'s language. */
    public static AnnualReport read(byte[] bytes, String source, Locale locale) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ReportReadException.of(
                    source, "", ReaderMessages.of(locale).get(ReaderMessages.Key.JSON_NOT_UTF8), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return read(text, source, locale);
    }

    /** Reads JSON text; errors name {@code source} and are in {@code locale}'s language. */
    public static AnnualReport read(String json, String source, Locale locale) {
        ReaderMessages messages = ReaderMessages.of(locale);
        JsonValue root = JsonValue.read(json, source, messages);
        if (root.isNull()) {
            throw ReportReadException.of(source, "", messages.get(ReaderMessages.Key.JSON_EMPTY), null);
        }
        return new JsonReading(source, messages).report(root);
    }

    private String say(ReaderMessages.Key key, Object... args) {
        return messages.get(key, args);
    }

    private ReportReadException error(String path, String problem) {
        return ReportReadException.of(source, path, problem, null);
    }

    private AnnualReport report(JsonValue root) {
        object(root, "$");
        JsonValue version = root.get("schemaVersion");
        if (version == null) {
            throw error("$.schemaVersion", say(ReaderMessages.Key.JSON_NO_VERSION));
        }
        if (!version.isString()) {
            throw error("$.schemaVersion", say(ReaderMessages.Key.JSON_VERSION_NOT_STRING, SCHEMA_VERSION));
        }
        Matcher vm = VERSION.matcher(version.stringValue());
        if (!vm.matches()) {
            throw error("$.schemaVersion", say(ReaderMessages.Key.JSON_VERSION_SHAPE, version.stringValue()));
        }
        int major = Integer.parseInt(vm.group(1));
        if (major != MAJOR) {
            throw error(
                    "$.schemaVersion",
                    say(ReaderMessages.Key.JSON_VERSION_MAJOR, version.stringValue(), MAJOR, SCHEMA_VERSION));
        }
        if (Integer.parseInt(vm.group(2)) > MINOR) {
            throw error(
                    "$.schemaVersion",
                    say(ReaderMessages.Key.JSON_VERSION_NEWER, version.stringValue(), SCHEMA_VERSION));
        }
        fields(root, "$", ROOT_FIELDS);

        ReportMetadata.Builder meta = ReportMetadata.builder();
        List<String> issuers = new ArrayList<>();
        optString(root, "issuer", "$").ifPresent(issuers::add);
        issuers.addAll(strings(root, "coIssuers", "$"));
        if (issuers.size() > 1 && !root.has("issuer")) {
            throw error("$.coIssuers", say(ReaderMessages.Key.JSON_COISSUERS_WITHOUT_ISSUER));
        }
        meta.issuers(issuers);
        JsonValue year = root.get("reportingYear");
        if (year != null) {
            meta.reportingYear(intIn(year, "$.reportingYear", 1949, 2999));
        }
        optString(root, "subjectType", "$")
                .ifPresent(v -> meta.subjectType(enumValue(SubjectType.class, v, "$.subjectType")));
        optString(root, "level", "$").ifPresent(v -> meta.level(enumValue(AdministrativeLevel.class, v, "$.level")));
        meta.mainRecipients(strings(root, "mainRecipients", "$"));
        meta.ccRecipients(strings(root, "ccRecipients", "$"));
        optString(root, "documentNumber", "$").ifPresent(meta::documentNumber);
        optString(root, "signatory", "$").ifPresent(meta::signatory);
        JsonValue disclosure = root.get("disclosure");
        if (disclosure != null) {
            meta.disclosure(disclosure(disclosure, "$.disclosure"));
        }

        Optional<Title> title = Optional.empty();
        Optional<String> titleText = optString(root, "title", "$");
        if (titleText.isPresent()) {
            List<String> lines = strings(root, "titleLines", "$");
            if (!lines.isEmpty() && !String.join("", lines).equals(titleText.get())) {
                throw error("$.titleLines", say(ReaderMessages.Key.JSON_TITLE_LINES));
            }
            Optional<SourceSpan> span =
                    root.has("titleSpan") ? Optional.of(span(root.get("titleSpan"), "$.titleSpan")) : Optional.empty();
            title = Optional.of(new Title(Title.ID, titleText.get(), lines, span));
        } else if (root.has("titleLines") || root.has("titleSpan")) {
            throw error("$.title", say(ReaderMessages.Key.JSON_TITLE_PARTS_WITHOUT_TITLE));
        }

        List<HeaderLine> header = list(root, "header", "$", (n, p) -> header(n, p));
        List<Block> preamble = list(root, "preamble", "$", (n, p) -> block(n, p, false));
        if (!root.has("sections")) {
            throw error("$.sections", say(ReaderMessages.Key.JSON_NO_SECTIONS));
        }
        List<Section> sections = list(root, "sections", "$", (n, p) -> section(n, p, 1));
        Optional<SignOff> signOff =
                root.has("signOff") ? Optional.of(signOff(root.get("signOff"), "$.signOff")) : Optional.empty();
        List<Block> trailing = list(root, "trailing", "$", (n, p) -> block(n, p, false));
        return new AnnualReport(meta.build(), header, title, preamble, sections, signOff, trailing);
    }

    private Disclosure disclosure(JsonValue n, String path) {
        object(n, path);
        fields(n, path, DISCLOSURE_FIELDS);
        return new Disclosure(
                optString(n, "date", path).map(v -> date(v, path + ".date")),
                optString(n, "channel", path).map(v -> enumValue(DisclosureChannel.class, v, path + ".channel")),
                optString(n, "url", path));
    }

    private HeaderLine header(JsonValue n, String path) {
        object(n, path);
        fields(n, path, HEADER_FIELDS);
        HeaderLineKind kind = enumValue(HeaderLineKind.class, reqString(n, "kind", path), path + ".kind");
        boolean after = optBoolean(n, "afterTitle", path).orElse(false);
        return new HeaderLine("", kind, reqString(n, "text", path), after, optSpan(n, path));
    }

    /**
     * A block: {@code type} {@code paragraph} (the default in the preamble and trailing lists, where
     * paragraphs carry no type) or {@code furniture}.
     */
    private Block block(JsonValue n, String path, boolean typeRequired) {
        object(n, path);
        String type = typeRequired
                ? reqString(n, "type", path)
                : optString(n, "type", path).orElse("paragraph");
        fields(n, path, typeRequired ? BLOCK_FIELDS : PARAGRAPH_FIELDS);
        optString(n, "id", path);
        String text = reqString(n, "text", path);
        Optional<SourceSpan> span = optSpan(n, path);
        return switch (type) {
            case "paragraph" -> new Paragraph("", text, span);
            case "furniture" -> new PageFurniture("", text, span);
            default -> throw error(path + ".type", say(ReaderMessages.Key.JSON_BLOCK_TYPE, type));
        };
    }

    private Section section(JsonValue n, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw error(path, say(ReaderMessages.Key.JSON_SECTIONS_TOO_DEEP, MAX_DEPTH));
        }
        object(n, path);
        fields(n, path, SECTION_FIELDS);
        optString(n, "id", path);
        SectionKind kind = enumValue(SectionKind.class, reqString(n, "kind", path), path + ".kind");
        JsonValue num = n.get("number");
        if (num == null) {
            throw error(path + ".number", say(ReaderMessages.Key.JSON_NO_NUMBER));
        }
        object(num, path + ".number");
        fields(num, path + ".number", NUMBER_FIELDS);
        int level = intIn(required(num, "level", path + ".number"), path + ".number.level", 1, Numbering.MAX_LEVEL);
        int ordinal = intIn(required(num, "ordinal", path + ".number"), path + ".number.ordinal", 1, 9999);
        Optional<String> printed = optString(n, "printedNumber", path);
        String heading = reqString(n, "heading", path);
        boolean runIn = optBoolean(n, "runIn", path).orElse(false);
        List<Block> blocks = list(n, "blocks", path, (b, p) -> block(b, p, true));
        List<Section> subs = list(n, "sections", path, (s, p) -> section(s, p, depth + 1));
        return Section.builder()
                .kind(kind)
                .number(new Numbering(level, ordinal))
                .printedNumber(printed)
                .heading(heading)
                .runIn(runIn)
                .blocks(blocks)
                .subsections(subs)
                .span(optSpan(n, path))
                .build();
    }

    private SignOff signOff(JsonValue n, String path) {
        object(n, path);
        fields(n, path, SIGNOFF_FIELDS);
        List<String> issuers = strings(n, "issuers", path);
        Optional<String> dateText = optString(n, "dateText", path);
        Optional<LocalDate> date = optString(n, "date", path).map(v -> date(v, path + ".date"));
        if (date.isPresent() && dateText.isEmpty()) {
            throw error(path + ".dateText", say(ReaderMessages.Key.JSON_DATE_WITHOUT_TEXT));
        }
        return new SignOff(SignOff.ID, issuers, dateText, date, optSpan(n, path));
    }

    private Optional<SourceSpan> optSpan(JsonValue n, String path) {
        JsonValue s = n.get("span");
        return s == null ? Optional.empty() : Optional.of(span(s, path + ".span"));
    }

    private SourceSpan span(JsonValue n, String path) {
        object(n, path);
        fields(n, path, SPAN_FIELDS);
        int line = intIn(required(n, "line", path), path + ".line", 1, Integer.MAX_VALUE);
        int column = intIn(required(n, "column", path), path + ".column", 1, Integer.MAX_VALUE);
        int endLine = intIn(required(n, "endLine", path), path + ".endLine", 1, Integer.MAX_VALUE);
        int endColumn = intIn(required(n, "endColumn", path), path + ".endColumn", 1, Integer.MAX_VALUE);
        int page = n.has("page") ? intIn(n.get("page"), path + ".page", 1, Integer.MAX_VALUE) : 0;
        try {
            return new SourceSpan(page, line, column, endLine, endColumn);
        } catch (IllegalArgumentException e) {
            throw error(path, say(ReaderMessages.Key.JSON_BAD_SPAN, e.getMessage()));
        }
    }

    private <T> List<T> list(JsonValue parent, String name, String path, BiFunction<JsonValue, String, T> item) {
        JsonValue a = parent.get(name);
        if (a == null) {
            return List.of();
        }
        String p = path + "." + name;
        if (!a.isArray()) {
            throw error(p, say(ReaderMessages.Key.JSON_EXPECTED_ARRAY, describe(a)));
        }
        List<JsonValue> items = a.items();
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(item.apply(items.get(i), p + "[" + i + "]"));
        }
        return out;
    }

    private List<String> strings(JsonValue parent, String name, String path) {
        return list(parent, name, path, (n, p) -> {
            if (!n.isString()) {
                throw error(p, say(ReaderMessages.Key.JSON_EXPECTED_STRING, describe(n)));
            }
            return n.stringValue();
        });
    }

    private void object(JsonValue n, String path) {
        if (!n.isObject()) {
            throw error(path, say(ReaderMessages.Key.JSON_EXPECTED_OBJECT, describe(n)));
        }
    }

    private void fields(JsonValue n, String path, Set<String> allowed) {
        for (String name : n.propertyNames()) {
            if (!allowed.contains(name)) {
                throw error(
                        path + "." + name,
                        say(
                                ReaderMessages.Key.JSON_UNKNOWN_FIELD,
                                name,
                                String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }

    private JsonValue required(JsonValue n, String name, String path) {
        JsonValue v = n.get(name);
        if (v == null) {
            throw error(path + "." + name, say(ReaderMessages.Key.JSON_MISSING_FIELD, name));
        }
        return v;
    }

    private String reqString(JsonValue n, String name, String path) {
        JsonValue v = required(n, name, path);
        if (!v.isString()) {
            throw error(path + "." + name, say(ReaderMessages.Key.JSON_EXPECTED_STRING, describe(v)));
        }
        return v.stringValue();
    }

    private Optional<String> optString(JsonValue n, String name, String path) {
        JsonValue v = n.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isString()) {
            throw error(path + "." + name, say(ReaderMessages.Key.JSON_EXPECTED_STRING, describe(v)));
        }
        return Optional.of(v.stringValue());
    }

    private Optional<Boolean> optBoolean(JsonValue n, String name, String path) {
        JsonValue v = n.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw error(path + "." + name, say(ReaderMessages.Key.JSON_EXPECTED_BOOLEAN, describe(v)));
        }
        return Optional.of(v.booleanValue());
    }

    private int intIn(JsonValue v, String path, int min, int max) {
        if (!v.isInt()) {
            throw error(path, say(ReaderMessages.Key.JSON_EXPECTED_INTEGER, describe(v)));
        }
        int value = v.intValue();
        if (value < min || value > max) {
            throw error(
                    path,
                    max == Integer.MAX_VALUE
                            ? say(ReaderMessages.Key.JSON_BELOW_MINIMUM, min, value)
                            : say(ReaderMessages.Key.JSON_OUT_OF_RANGE, min, max, value));
        }
        return value;
    }

    private LocalDate date(String value, String path) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(path, say(ReaderMessages.Key.JSON_BAD_DATE, value));
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw error(
                path,
                say(
                        ReaderMessages.Key.JSON_UNKNOWN_VALUE,
                        value,
                        String.join(
                                ", ",
                                Arrays.stream(type.getEnumConstants())
                                        .map(Enum::name)
                                        .toList())));
    }

    private String describe(JsonValue n) {
        return n.describe(messages);
    }
}
