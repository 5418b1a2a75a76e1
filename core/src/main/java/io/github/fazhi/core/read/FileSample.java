package io.github.fazhi.core.read;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a {@link ReaderProvider} is shown to decide whether it reads a file: the file's name for messages,
 * the format detected from its content, its size and its first bytes (up to {@link #PREFIX_BYTES}).
 * Immutable.
 */
public final class FileSample {

    /** How many of the first bytes a sample holds at most. */
    public static final int PREFIX_BYTES = 64 * 1024;

    private final String sourceName;
    private final DocumentFormat format;
    private final long size;
    private final byte[] prefix;

    /**
     * @param sourceName the name used in messages
     * @param format the format detected from the content
     * @param content the content, of which the first {@link #PREFIX_BYTES} are kept
     */
    public FileSample(String sourceName, DocumentFormat format, byte[] content) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.format = Objects.requireNonNull(format, "format");
        this.size = content.length;
        this.prefix = Arrays.copyOf(content, Math.min(content.length, PREFIX_BYTES));
    }

    /** The name used in messages. */
    public String sourceName() {
        return sourceName;
    }

    /** The format detected from the content. */
    public DocumentFormat format() {
        return format;
    }

    /** The content's size in bytes. */
    public long size() {
        return size;
    }

    /** A copy of the first bytes of the content. */
    public byte[] prefix() {
        return prefix.clone();
    }
}
