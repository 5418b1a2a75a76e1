package io.github.fazhi.core.internal;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON value read with jackson-core's streaming parser into fazhi's own small tree, so that reading
 * needs jackson-core alone (never a databind) and the whole document is checked before a report is built.
 * Objects keep their fields in document order and refuse a field given twice.
 *
 * <p>The reader bounds what it takes, with a plain message and the position when input goes past a bound:
 * {@value #MAX_NESTING} levels of arrays and objects (a report needs fewer than 30), numbers of at most
 * {@value #MAX_NUMBER_LENGTH} characters, strings of at most {@value #MAX_STRING_LENGTH} characters.
 */
public final class JsonValue {

    /** The deepest nesting of arrays and objects read. */
    public static final int MAX_NESTING = 64;

    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /** The longest string read, in characters. */
    public static final int MAX_STRING_LENGTH = 20_000_000;

    /** The longest field name read, in characters. */
    public static final int MAX_NAME_LENGTH = 50_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    // fazhi's own count (below) says it first, at the place and in plain words
                    .maxNestingDepth(MAX_NESTING + 1)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .build();

    private enum Kind {
        OBJECT,
        ARRAY,
        STRING,
        INT,
        NUMBER,
        BOOLEAN,
        NULL
    }

    private final Kind kind;
    private final Object value;

    private JsonValue(Kind kind, Object value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * Reads {@code json}: one value, nothing after it but white space.
     *
     * @throws ReportReadException naming {@code source} and the line and column, when the text is not JSON
     *     or goes past a bound; empty input says so; in the language of {@code messages}
     */
    public static JsonValue read(String json, String source, ReaderMessages messages) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw ReportReadException.of(source, "", messages.get(ReaderMessages.Key.JSON_EMPTY), null);
                }
                JsonValue root = value(p, first, 1, source, messages);
                if (p.nextToken() != null) {
                    throw at(source, p.currentTokenLocation(), messages.get(ReaderMessages.Key.JSON_TRAILING), null);
                }
                return root;
            } catch (StreamConstraintsException e) {
                // jackson-core's own message and token position vary by version: find the value here
                throw tooLarge(json, source, p.currentLocation(), e, messages);
            } catch (JacksonException e) {
                TokenStreamLocation loc = e.getLocation();
                if (loc != null && loc.getLineNr() > 0) {
                    throw at(source, loc, messages.get(ReaderMessages.Key.JSON_MALFORMED, e.getOriginalMessage()), e);
                }
                throw ReportReadException.of(
                        source, "", messages.get(ReaderMessages.Key.JSON_MALFORMED, e.getOriginalMessage()), e);
            }
        }
    }

    private static JsonValue value(JsonParser p, JsonToken t, int depth, String source, ReaderMessages messages) {
        if (t == null) {
            throw at(source, p.currentLocation(), messages.get(ReaderMessages.Key.JSON_UNEXPECTED_END), null);
        }
        switch (t) {
            case START_OBJECT:
            case START_ARRAY:
                if (depth > MAX_NESTING) {
                    throw at(
                            source,
                            p.currentTokenLocation(),
                            messages.get(ReaderMessages.Key.JSON_TOO_DEEP, MAX_NESTING),
                            null);
                }
                return t == JsonToken.START_OBJECT
                        ? object(p, depth, source, messages)
                        : array(p, depth, source, messages);
            case VALUE_STRING:
                return new JsonValue(Kind.STRING, p.getString());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.INT
                        ? new JsonValue(Kind.INT, p.getIntValue())
                        : new JsonValue(Kind.NUMBER, p.getString());
            case VALUE_NUMBER_FLOAT:
                return new JsonValue(Kind.NUMBER, p.getString());
            case VALUE_TRUE:
                return new JsonValue(Kind.BOOLEAN, Boolean.TRUE);
            case VALUE_FALSE:
                return new JsonValue(Kind.BOOLEAN, Boolean.FALSE);
            case VALUE_NULL:
                return new JsonValue(Kind.NULL, null);
            default:
                throw at(
                        source,
                        p.currentTokenLocation(),
                        messages.get(ReaderMessages.Key.JSON_UNEXPECTED_TOKEN, t),
                        null);
        }
    }

    private static JsonValue object(JsonParser p, int depth, String source, ReaderMessages messages) {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            TokenStreamLocation nameAt = p.currentTokenLocation();
            JsonValue v = value(p, p.nextToken(), depth + 1, source, messages);
            if (fields.putIfAbsent(name, v) != null) {
                throw at(source, nameAt, messages.get(ReaderMessages.Key.JSON_DUPLICATE_FIELD, name), null);
            }
        }
        return new JsonValue(Kind.OBJECT, Collections.unmodifiableMap(fields));
    }

    private static JsonValue array(JsonParser p, int depth, String source, ReaderMessages messages) {
        List<JsonValue> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(p, t, depth + 1, source, messages));
        }
        return new JsonValue(Kind.ARRAY, Collections.unmodifiableList(items));
    }

    /**
     * The value that went past a bound, found from where the parser stopped inside it: a run of number
     * characters back to a delimiter is a number, else it is a string (or a field name) and starts at its
     * opening quote.
     */
    private static ReportReadException tooLarge(
            String json,
            String source,
            TokenStreamLocation stopped,
            StreamConstraintsException e,
            ReaderMessages messages) {
        int end = (int) Math.min(json.length(), Math.max(0, stopped.getCharOffset()));
        int i = end - 1;
        while (i >= 0 && "0123456789+-.eE".indexOf(json.charAt(i)) >= 0) {
            i--;
        }
        if (i < end - 1 && (i < 0 || " \t\r\n:,[".indexOf(json.charAt(i)) >= 0)) {
            return at(source, json, i + 1, messages.get(ReaderMessages.Key.JSON_NUMBER_TOO_LONG, MAX_NUMBER_LENGTH), e);
        }
        int quote = end - 1;
        if (quote > 0 && json.charAt(quote) == '"' && !escaped(json, quote)) {
            quote--; // the parser stopped after the closing quote
        }
        while (quote > 0 && !(json.charAt(quote) == '"' && !escaped(json, quote))) {
            quote--;
        }
        return at(
                source,
                json,
                Math.max(0, quote),
                messages.get(ReaderMessages.Key.JSON_STRING_TOO_LONG, MAX_STRING_LENGTH, MAX_NAME_LENGTH),
                e);
    }

    private static boolean escaped(String json, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static ReportReadException at(String source, String json, int offset, String problem, Throwable cause) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return at(source, line, offset - lineStart + 1, problem, cause);
    }

    private static ReportReadException at(String source, TokenStreamLocation loc, String problem, Throwable cause) {
        return at(source, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()), problem, cause);
    }

    private static ReportReadException at(String source, int line, int column, String problem, Throwable cause) {
        return new ReportReadException(
                source,
                "line " + line + ", column " + column,
                problem,
                Optional.of(SourceSpan.of(line, column, line, column)),
                -1,
                cause);
    }

    /** Whether this is an object. */
    public boolean isObject() {
        return kind == Kind.OBJECT;
    }

    /** Whether this is an array. */
    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    /** Whether this is a string. */
    public boolean isString() {
        return kind == Kind.STRING;
    }

    /** Whether this is an integer that fits in an {@code int}. */
    public boolean isInt() {
        return kind == Kind.INT;
    }

    /** Whether this is {@code true} or {@code false}. */
    public boolean isBoolean() {
        return kind == Kind.BOOLEAN;
    }

    /** Whether this is {@code null}. */
    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** The string; only for a string. */
    public String stringValue() {
        return (String) value;
    }

    /** The integer; only when {@link #isInt()}. */
    public int intValue() {
        return (Integer) value;
    }

    /** The boolean; only for a boolean. */
    public boolean booleanValue() {
        return (Boolean) value;
    }

    /** The field {@code name} of an object, or null when it has none (or this is not an object). */
    public JsonValue get(String name) {
        return kind == Kind.OBJECT ? fields().get(name) : null;
    }

    /** Whether this object has the field {@code name}. */
    public boolean has(String name) {
        return get(name) != null;
    }

    /** The field names of an object, in document order. */
    public Set<String> propertyNames() {
        return kind == Kind.OBJECT ? fields().keySet() : Set.of();
    }

    /** The items of an array. */
    public List<JsonValue> items() {
        @SuppressWarnings("unchecked")
        List<JsonValue> items = kind == Kind.ARRAY ? (List<JsonValue>) value : List.of();
        return items;
    }

    @SuppressWarnings("unchecked")
    private Map<String, JsonValue> fields() {
        return (Map<String, JsonValue>) value;
    }

    /** The kind of value, in words for a message in the language of {@code messages}: {@code a string}, …. */
    public String describe(ReaderMessages messages) {
        return messages.get(
                switch (kind) {
                    case OBJECT -> ReaderMessages.Key.JSON_AN_OBJECT;
                    case ARRAY -> ReaderMessages.Key.JSON_AN_ARRAY;
                    case STRING -> ReaderMessages.Key.JSON_A_STRING;
                    case INT, NUMBER -> ReaderMessages.Key.JSON_A_NUMBER;
                    case BOOLEAN -> ReaderMessages.Key.JSON_A_BOOLEAN;
                    case NULL -> ReaderMessages.Key.JSON_NULL;
                });
    }
}
