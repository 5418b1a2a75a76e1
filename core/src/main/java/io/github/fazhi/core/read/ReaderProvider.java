package io.github.fazhi.core.read;

import java.util.Set;

/**
 * The service a format module registers (in {@code META-INF/services/io.github.fazhi.core.read.ReaderProvider})
 * so that {@link Readers} can read its format. A provider claims a file by its content: the format
 * {@link Readers} detected from magic bytes and structure ({@link FileSample#format()}), and, where the
 * provider needs to, by looking further into the sample; never by the file's name.
 *
 * <pre>{@code
 * public final class DocxReaderProvider implements ReaderProvider {
 *     public String formatId() { return "docx"; }
 *     public ReportReader create(ReadOptions options) { return DocxReportReader.builder().locale(options.locale()).build(); }
 * }
 * }</pre>
 */
public interface ReaderProvider {

    /** The id of the format this provider reads, as {@link DocumentFormat#id()} names it. */
    String formatId();

    /** The ids of every format this provider reads; by default only {@link #formatId()}. */
    default Set<String> formatIds() {
        return Set.of(formatId());
    }

    /** Whether this provider reads the file sampled; by default, whether it reads the detected format. */
    default boolean claims(FileSample sample) {
        return formatIds().contains(sample.format().id());
    }

    /** A reader honouring {@code options}. */
    ReportReader create(ReadOptions options);
}
