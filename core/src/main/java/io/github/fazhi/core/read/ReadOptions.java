package io.github.fazhi.core.read;

import java.util.Locale;
import java.util.Objects;

/**
 * Options every reader honours: the language of its error messages and the largest input it accepts.
 * Immutable; {@link #defaults()} is Chinese messages and a 64 MiB limit.
 *
 * <pre>{@code
 * ReadOptions english = ReadOptions.builder().locale(Locale.ENGLISH).build();
 * AnnualReport report = Readers.read(Path.of("2025.docx"), english);
 * }</pre>
 */
public final class ReadOptions {

    /** The default limit on a file's size: 64 MiB, far above any real report with its images. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;

    private static final ReadOptions DEFAULTS = builder().build();

    private final Locale locale;
    private final long maxInputBytes;

    private ReadOptions(Builder b) {
        this.locale = b.locale;
        this.maxInputBytes = b.maxInputBytes;
    }

    /** Chinese messages, a 64 MiB limit. */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder prefilled with these options. */
    public Builder toBuilder() {
        return new Builder().locale(locale).maxInputBytes(maxInputBytes);
    }

    /** The language of error messages: English for an English locale, Chinese otherwise. */
    public Locale locale() {
        return locale;
    }

    /** The largest input accepted, in bytes. */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadOptions other && locale.equals(other.locale) && maxInputBytes == other.maxInputBytes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(locale, maxInputBytes);
    }

    @Override
    public String toString() {
        return "ReadOptions[locale=" + locale + ", maxInputBytes=" + maxInputBytes + "]";
    }

    /** Builds {@link ReadOptions}; not thread-safe. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;

        private Builder() {}

        /** The language of error messages. */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** The largest input accepted, in bytes; at least 1. */
        public Builder maxInputBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("the input size limit must be positive, not " + value);
            }
            maxInputBytes = value;
            return this;
        }

        /** Builds the options. */
        public ReadOptions build() {
            return new ReadOptions(this);
        }
    }
}
