package io.github.fazhi.core;

import io.github.fazhi.core.internal.ReaderMessages;
import io.github.fazhi.core.internal.TextDecoder;
import io.github.fazhi.core.internal.TextLines;
import io.github.fazhi.core.read.DocumentInfo;
import io.github.fazhi.core.read.ReportReader;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import io.github.fazhi.core.read.StructureReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a report from plain text, as copied from a portal page or saved from a word processor, into an
 * {@link AnnualReport}, losing nothing: whatever it cannot place becomes a paragraph where it stood, so
 * {@link PlainTextWriter} gives the input back (modulo whitespace and blank lines).
 *
 * <p>What it understands:
 *
 * <ul>
 *   <li>Bytes in UTF-8 (with or without a byte-order mark), UTF-16LE or UTF-16BE with a byte-order mark,
 *       or GB18030 (GBK, GB2312). Bytes valid in none of them give an error naming the offset of the
 *       first bad byte; the reader never substitutes U+FFFD. Files that are not text at all (NUL and
 *       other control characters, ZIP, PDF) are refused.
 *   <li>Header lines before the body: the issuer line, the 文号 and 签发人 line, the addressee line
 *       ending with {@code ：}; the title on one line or split over two (issuer above
 *       {@code 关于2023年法治政府建设情况的报告}); no title at all.
 *   <li>The preamble up to the first heading; headings at four levels in their GB/T 9704 forms and the
 *       variants found in real documents ({@code 一.} {@code (一)} {@code 1、} {@code 1．} {@code (1)}
 *       {@code 1）}), a missing numeral ({@code 、坚持…}), repeated or skipped labels, short unnumbered
 *       heading lines between parts; stand-alone and run-in headings ({@code （一）坚持思想引领。省政府…}).
 *       Each section keeps its label exactly as printed ({@link Section#printedNumber()}) beside the
 *       {@link Numbering} inferred from it.
 *   <li>The sign-off (issuer lines and a date such as {@code 2022年1月5日} or {@code 二〇二二年一月五日})
 *       and anything after it; the reporting year from the title, else the top-level headings, else the
 *       preamble's opening ({@code 2021年，我办…}), never from a cited document's name.
 * </ul>
 *
 * <p>The text is split into lines ({@link SourceLine}s whose only hint is a blank line before them) and read
 * by the {@link StructureReader}, the same genre logic every format's reader uses: page furniture copied
 * from a portal page (breadcrumbs, {@code 发布时间：…} lines, share and print buttons, the site footer) is
 * kept as furniture, a title run into the preamble on one line is found, and so on (see there).
 *
 * <p>Sections get their {@link SectionKind} from {@link SectionClassifier}: top-level sections by what
 * their heading names, sub-sections only when they hold the first-responsible-person content. Every
 * element carries its {@link SourceSpan} (line, and column in code points, from 1).
 *
 * <pre>{@code
 * AnnualReport report = PlainTextReader.standard().read(Path.of("report.txt"));
 * report.title().map(Title::text);              // Optional[清河区司法局2024年法治政府建设年度报告]
 * report.reportingYear();                        // OptionalInt[2024]
 * report.sections(SectionKind.NEXT_YEAR_PLAN);   // the plan part, wherever it stands
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one reader and share it. Messages are in Chinese unless the
 * reader is built with an English locale ({@code PlainTextReader.builder().locale(Locale.ENGLISH)}).
 */
public final class PlainTextReader implements ReportReader {

    /** The default limit on the input's size: 32 MiB, a thousand times a long report. */
    public static final int DEFAULT_MAX_INPUT = 32 * 1024 * 1024;

    private static final String STRING_SOURCE = "<string>";

    private static final PlainTextReader STANDARD = builder().build();

    private final ReaderMessages messages;
    private final int maxInput;
    private final StructureReader structure;

    private PlainTextReader(Builder b) {
        this.messages = ReaderMessages.of(b.locale);
        this.maxInput = b.maxInput;
        this.structure = StructureReader.builder().locale(b.locale).build();
    }

    /** {@code text}. */
    @Override
    public String formatId() {
        return "text";
    }

    /** The reader with Chinese messages and the default size limit. */
    public static PlainTextReader standard() {
        return STANDARD;
    }

    /** A builder for a reader with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the report in the file at {@code path}, detecting its encoding.
     *
     * @throws IOException when the file cannot be read
     * @throws ReportReadException when its content is not a readable text (the message names the file)
     */
    @Override
    public AnnualReport read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        String source = path.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(maxInput == Integer.MAX_VALUE ? maxInput : maxInput + 1);
        }
        if (bytes.length > maxInput) {
            throw tooLarge(source);
        }
        return read(bytes, source);
    }

    /**
     * Reads a report from bytes, detecting their encoding.
     *
     * @param bytes the document's bytes
     * @param sourceName the name used in error messages, e.g. the file name
     * @throws ReportReadException when the bytes are not text in a supported encoding
     */
    @Override
    public AnnualReport read(byte[] bytes, String sourceName) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sourceName, "sourceName");
        if (bytes.length > maxInput) {
            throw tooLarge(sourceName);
        }
        return parse(TextDecoder.decode(bytes, sourceName, messages), sourceName);
    }

    /**
     * Reads a report from text.
     *
     * @param text the document's text; a leading byte-order mark (U+FEFF) is ignored
     * @param sourceName the name used in error messages
     * @throws ReportReadException when the text holds control characters or nothing at all
     */
    public AnnualReport read(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        if (text.length() > maxInput) {
            throw tooLarge(sourceName);
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int bad = TextDecoder.firstControl(t);
        if (bad >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                char c = t.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n'))) {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = t.codePointCount(lineStart, bad) + 1;
            throw ReportReadException.at(sourceName, line, column, TextDecoder.controlMessage(t.charAt(bad), messages));
        }
        return parse(t, sourceName);
    }

    /** Reads a report from text; error messages name the source {@code <string>}. */
    public AnnualReport read(String text) {
        return read(text, STRING_SOURCE);
    }

    /**
     * Reads a report from a character stream; the caller closes it.
     *
     * @throws IOException when the stream cannot be read
     * @throws ReportReadException when the text is not a readable report
     */
    public AnnualReport read(Reader reader, String sourceName) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            text.append(buffer, 0, n);
            if (text.length() > maxInput) {
                throw tooLarge(sourceName);
            }
        }
        return read(text.toString(), sourceName);
    }

    private AnnualReport parse(String text, String sourceName) {
        List<SourceLine> lines = TextLines.split(text);
        if (lines.isEmpty()) {
            throw ReportReadException.of(sourceName, "", messages.get(ReaderMessages.Key.EMPTY), null);
        }
        return structure.read(new SourceDocument(sourceName, formatId(), lines, DocumentInfo.NONE));
    }

    private ReportReadException tooLarge(String sourceName) {
        return ReportReadException.of(sourceName, "", messages.get(ReaderMessages.Key.TOO_LARGE, maxInput), null);
    }

    /** Builds a {@link PlainTextReader}; not thread-safe, the reader it builds is. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private int maxInput = DEFAULT_MAX_INPUT;

        private Builder() {}

        /** The language of error messages: English for an English locale, Chinese otherwise (default). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** The largest input accepted, in bytes (or chars for text input); default 32 MiB. */
        public Builder maxInputSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("the input size limit must be positive, not " + value);
            }
            maxInput = value;
            return this;
        }

        /** Builds the reader. */
        public PlainTextReader build() {
            return new PlainTextReader(this);
        }
    }
}
