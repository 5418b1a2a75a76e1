package io.github.fazhi.core;

import io.github.fazhi.core.internal.JsonReading;
import io.github.fazhi.core.internal.JsonWriting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The report as JSON: every field of the model, with a {@code schemaVersion} so readers can refuse a
 * format they do not know. The format is described by the JSON Schema at {@link #SCHEMA_RESOURCE}.
 * Field names are public API: {@code title}, {@code reportingYear}, {@code issuer}, {@code sections},
 * {@code kind}, {@code heading}, {@code number}, {@code printedNumber}, {@code runIn}, ….
 *
 * <pre>{@code
 * String json = ReportJson.write(report);
 * AnnualReport again = ReportJson.read(json, "report.json");
 * assert again.equals(report);
 * }</pre>
 *
 * <p>Reading checks the whole document before building anything: malformed JSON, a version it does not
 * read or a field that breaks the schema gives a {@link ReportReadException} naming the source and the
 * JSON path ({@code $.sections[2].number.level}), or the line and column where the text itself is at
 * fault, never a half-built report. Errors are in Chinese, or in English when asked for with a locale
 * ({@code ReportJson.read(json, "report.json", Locale.ENGLISH)}); the location words ({@code line 3, column
 * 5}) and the JSON path are the same in both, as for every reader. Input is bounded: 64 levels of nesting, numbers of 1,000 characters,
 * strings of 20,000,000. Thread-safe.
 *
 * <p>Versions ({@code "major.minor"}): a minor version only adds fields or values, a major version
 * changes or removes them. This library writes {@value #SCHEMA_VERSION} and reads every version of its
 * major up to that one. It refuses a different major and also a newer minor: what a newer minor adds,
 * this reader could only drop, and a reader never loses part of a report.
 *
 * <p>JSON is read and written with jackson-core's streaming API alone, in a layout of fazhi's own, so the
 * application's Jackson (2 or 3, any databind) neither matters nor changes a byte.
 */
public final class ReportJson {

    /** The schema version this library writes. */
    public static final String SCHEMA_VERSION = JsonReading.SCHEMA_VERSION;

    /** Classpath location of the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/io/github/fazhi/core/report.schema.json";

    /** The language of errors when none is asked for: Chinese, as for every fazhi reader. */
    private static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private ReportJson() {}

    /** The report as pretty-printed JSON. */
    public static String write(AnnualReport report) {
        return JsonWriting.write(report);
    }

    /**
     * Reads a report from JSON text; {@code sourceName} names the input in errors, which are in Chinese (as
     * every fazhi reader's are by default).
     */
    public static AnnualReport read(String json, String sourceName) {
        return read(json, sourceName, DEFAULT_LOCALE);
    }

    /**
     * Reads a report from JSON text; {@code sourceName} names the input in errors, which are in English for
     * a locale whose language is English and in Chinese otherwise.
     */
    public static AnnualReport read(String json, String sourceName, Locale locale) {
        Objects.requireNonNull(sourceName, "sourceName");
        return JsonReading.read(Objects.requireNonNull(json, "json"), sourceName, requireLocale(locale));
    }

    /** Reads a report from a JSON file (UTF-8); errors name the file and are in Chinese. */
    public static AnnualReport read(Path file) throws IOException {
        return read(file, DEFAULT_LOCALE);
    }

    /** Reads a report from a JSON file (UTF-8); errors name the file and are in {@code locale}'s language. */
    public static AnnualReport read(Path file, Locale locale) throws IOException {
        requireLocale(locale);
        byte[] bytes = Files.readAllBytes(file);
        return JsonReading.read(bytes, file.toString(), locale);
    }

    /** Reads a report from UTF-8 JSON bytes; {@code sourceName} names the input in errors, in Chinese. */
    public static AnnualReport read(byte[] json, String sourceName) {
        return read(json, sourceName, DEFAULT_LOCALE);
    }

    /**
     * Reads a report from UTF-8 JSON bytes; {@code sourceName} names the input in errors, which are in
     * {@code locale}'s language (English for English, Chinese otherwise).
     */
    public static AnnualReport read(byte[] json, String sourceName, Locale locale) {
        Objects.requireNonNull(sourceName, "sourceName");
        return JsonReading.read(Objects.requireNonNull(json, "json"), sourceName, requireLocale(locale));
    }

    private static Locale requireLocale(Locale locale) {
        return Objects.requireNonNull(locale, "locale");
    }

    /** The JSON Schema of the format, as text. */
    public static String schema() {
        try (InputStream in = ReportJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
