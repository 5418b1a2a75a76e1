package io.github.fazhi.core.read;

import io.github.fazhi.core.ReportReadException;
import java.util.Optional;

/**
 * A file is in a format no reader on the class path reads: a PDF without fazhi-pdf, an RTF or ODT file, a
 * scanned image, a password-protected document. The message names the format and says what to do; the file
 * is never read as something else.
 *
 * <pre>{@code
 * try {
 *     Readers.read(Path.of("2025.rtf"));
 * } catch (UnsupportedFormatException e) {
 *     e.format().id(); // "rtf"
 *     e.getMessage();  // "2025.rtf: 这是RTF 文档，fazhi 不读取这种格式；请另存为 DOCX、PDF 或纯文本后再提交"
 * }
 * }</pre>
 */
public class UnsupportedFormatException extends ReportReadException {

    private static final long serialVersionUID = 1L;

    private final transient DocumentFormat format;

    /**
     * @param source the file name or another name for the input
     * @param format the format detected
     * @param problem what is wrong and what to do, for a person
     */
    public UnsupportedFormatException(String source, DocumentFormat format, String problem) {
        this(source, format, problem, -1);
    }

    /**
     * @param source the file name or another name for the input
     * @param format the format detected
     * @param problem what is wrong and what to do, for a person
     * @param byteOffset the offset of the first byte that shows the format (a NUL in a binary file), or -1
     */
    public UnsupportedFormatException(String source, DocumentFormat format, String problem, long byteOffset) {
        super(source, byteOffset >= 0 ? "byte " + byteOffset : "", problem, Optional.empty(), byteOffset, null);
        this.format = format;
    }

    /** The format the file is in. */
    public DocumentFormat format() {
        return format;
    }
}
