package io.github.fazhi.core.read;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.internal.ContentSniffer;
import io.github.fazhi.core.internal.ReaderMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The one way in for reading: tells a file's format from its content and reads it with the reader
 * registered for that format. Plain text and fazhi's JSON are read by core; DOCX, {@code .doc}/{@code .wps},
 * PDF, OFD and HTML by their format modules ({@code fazhi-docx}, {@code fazhi-doc}, {@code fazhi-pdf},
 * {@code fazhi-ofd}, {@code fazhi-html}) when they are on the class path, found through
 * {@link ServiceLoader} ({@link ReaderProvider}).
 *
 * <p>The format comes from the content, never the file name: magic bytes, then structure (a ZIP's entry
 * names, an OLE file's streams, a markup file's first tags). A format without a reader on the class path,
 * or one fazhi does not read at all (RTF, ODT, spreadsheets, images), is refused with an
 * {@link UnsupportedFormatException} that names it and says what to do; it is never read as text.
 *
 * <pre>{@code
 * AnnualReport report = Readers.read(Path.of("reports/2025.docx"));
 * Readers.detect(Files.readAllBytes(Path.of("scan.pdf")));   // DocumentFormat[pdf]
 * Readers.formats();                                        // [docx, json, text] with fazhi-docx present
 * Readers.read(Path.of("2025.rtf"));  // UnsupportedFormatException: 这是RTF 文档，fazhi 不读取这种格式；…
 * }</pre>
 *
 * <p>Providers are looked up on each call, first through the thread's context class loader and then
 * through the class loader of this class; when two providers claim one file, the first found wins.
 * Thread-safe.
 */
public final class Readers {

    private Readers() {}

    /**
     * Reads the report in the file at {@code path} with Chinese messages and the default size limit.
     *
     * @throws IOException when the file cannot be read
     * @throws ReportReadException when it is not a readable report ({@link UnsupportedFormatException} when
     *     no reader reads its format)
     */
    public static AnnualReport read(Path path) throws IOException {
        return read(path, ReadOptions.defaults());
    }

    /**
     * Reads the report in the file at {@code path}; error messages name the path.
     *
     * @throws IOException when the file cannot be read
     * @throws ReportReadException when it is not a readable report ({@link UnsupportedFormatException} when
     *     no reader reads its format)
     */
    public static AnnualReport read(Path path, ReadOptions options) throws IOException {
        String source = path.toString();
        byte[] content = readBounded(path, source, options);
        return forContent(content, source, options).read(content, source);
    }

    /**
     * Reads the report in {@code content}.
     *
     * @param sourceName the name used in error messages
     * @throws ReportReadException when it is not a readable report
     */
    public static AnnualReport read(byte[] content, String sourceName, ReadOptions options) {
        Objects.requireNonNull(content, "content");
        if (content.length > options.maxInputBytes()) {
            throw tooLarge(sourceName, options);
        }
        return forContent(content, sourceName, options).read(content, sourceName);
    }

    /**
     * The reader for the file at {@code path}, chosen by its content.
     *
     * @throws IOException when the file cannot be read
     * @throws UnsupportedFormatException when no reader on the class path reads its format
     */
    public static ReportReader forFile(Path path) throws IOException {
        return forFile(path, ReadOptions.defaults());
    }

    /**
     * The reader for the file at {@code path}, chosen by its content and honouring {@code options}.
     *
     * @throws IOException when the file cannot be read
     * @throws UnsupportedFormatException when no reader on the class path reads its format
     */
    public static ReportReader forFile(Path path, ReadOptions options) throws IOException {
        String source = path.toString();
        return forContent(readBounded(path, source, options), source, options);
    }

    /**
     * The reader for {@code content}, chosen by the content.
     *
     * @throws UnsupportedFormatException when no reader on the class path reads its format
     */
    public static ReportReader forContent(byte[] content, String sourceName, ReadOptions options) {
        DocumentFormat format = detect(content);
        FileSample sample = new FileSample(sourceName, format, content);
        for (ReaderProvider provider : providers()) {
            if (provider.claims(sample)) {
                return provider.create(options);
            }
        }
        UnsupportedFormatException refusal = refusal(sourceName, format, options);
        if (format.kind() == DocumentFormat.Kind.BINARY) {
            int nul = 0;
            while (nul < content.length && content[nul] != 0) {
                nul++;
            }
            if (nul < content.length) {
                throw new UnsupportedFormatException(sourceName, format, refusal.problem(), nul);
            }
        }
        throw refusal;
    }

    /** The reader registered for {@code formatId}, if any. */
    public static Optional<ReportReader> forFormat(String formatId, ReadOptions options) {
        for (ReaderProvider provider : providers()) {
            if (provider.formatIds().contains(formatId)) {
                return Optional.of(provider.create(options));
            }
        }
        return Optional.empty();
    }

    /** The format of {@code content}, told from magic bytes and structure. */
    public static DocumentFormat detect(byte[] content) {
        return ContentSniffer.detect(content);
    }

    /**
     * The format of the file at {@code path}, told from its content.
     *
     * @throws IOException when the file cannot be read
     */
    public static DocumentFormat detect(Path path) throws IOException {
        return detect(readBounded(path, path.toString(), ReadOptions.defaults()));
    }

    /** The ids of the formats a reader on the class path reads, sorted. */
    public static List<String> formats() {
        TreeSet<String> ids = new TreeSet<>();
        for (ReaderProvider p : providers()) {
            ids.addAll(p.formatIds());
        }
        return List.copyOf(ids);
    }

    /** The exception for content in {@code format} that no reader on the class path reads. */
    public static UnsupportedFormatException refusal(String sourceName, DocumentFormat format, ReadOptions options) {
        ReaderMessages messages = ReaderMessages.of(options.locale());
        String name = format.displayName(options.locale());
        String problem = switch (format.kind()) {
            case READABLE -> {
                String artifact = format.readerArtifact().orElse("fazhi-" + format.id());
                yield messages.get(ReaderMessages.Key.UNSUPPORTED_FORMAT_MODULE, name, artifact, artifact);
            }
            case IMAGE -> messages.get(ReaderMessages.Key.IMAGE_FORMAT, name);
            case ENCRYPTED -> messages.get(ReaderMessages.Key.ENCRYPTED_FORMAT, name);
            case BINARY -> messages.get(ReaderMessages.Key.BINARY_CONTENT, name);
            case UNSUPPORTED -> messages.get(ReaderMessages.Key.UNSUPPORTED_FORMAT, name);
        };
        return new UnsupportedFormatException(sourceName, format, problem);
    }

    private static byte[] readBounded(Path path, String source, ReadOptions options) throws IOException {
        long limit = options.maxInputBytes();
        try (InputStream in = Files.newInputStream(path)) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (content.length > limit) {
                throw tooLarge(source, options);
            }
            return content;
        }
    }

    private static ReportReadException tooLarge(String source, ReadOptions options) {
        return ReportReadException.of(
                source,
                "",
                ReaderMessages.of(options.locale()).get(ReaderMessages.Key.TOO_LARGE, options.maxInputBytes()),
                null);
    }

    /**
     * The providers on the class path. When the context class loader is none or fazhi's own (a command line,
     * most applications) they are looked up once and kept: a folder check reads thousands of files, and looking
     * the services up again for each was a fifteenth of its time. Any other context loader is asked every time
     * ({@link #loadProviders}), as it may see other providers.
     */
    static List<ReaderProvider> providers() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context == null || context == Readers.class.getClassLoader()) {
            return OwnProviders.PROVIDERS;
        }
        return loadProviders(context);
    }

    /** The providers fazhi's own class loader sees, looked up when first needed. */
    private static final class OwnProviders {
        static final List<ReaderProvider> PROVIDERS = List.copyOf(loadProviders(null));
    }

    /** The providers {@code context} (may be null) and fazhi's own class loader see, looked up now, deduplicated by class. */
    static List<ReaderProvider> loadProviders(ClassLoader context) {
        Map<String, ReaderProvider> byClass = new LinkedHashMap<>();
        if (context != null) {
            load(ServiceLoader.load(ReaderProvider.class, context), byClass);
        }
        load(ServiceLoader.load(ReaderProvider.class, Readers.class.getClassLoader()), byClass);
        return new ArrayList<>(byClass.values());
    }

    private static void load(ServiceLoader<ReaderProvider> loader, Map<String, ReaderProvider> into) {
        var it = loader.iterator();
        int failures = 0;
        while (failures < 100) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                ReaderProvider p = it.next();
                into.putIfAbsent(p.getClass().getName(), p);
            } catch (ServiceConfigurationError e) {
                // a broken provider on the class path must not hide the others
                failures++;
            }
        }
    }
}
