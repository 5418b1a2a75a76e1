package io.github.fazhi.pdf.internal.extract;

/**
 * The bounds within which a PDF is read, so that a hostile file costs bounded time and memory.
 *
 * @param maxFileBytes the largest file accepted
 * @param maxPages the most pages read
 * @param maxStreamBytes the most one data stream may inflate to
 * @param maxDecodedBytes the most all data streams together may inflate to
 * @param maxOperations the most content-stream operations processed
 * @param maxChars the most characters extracted
 * @param maxMillis the longest a read may take, in milliseconds
 */
public record PdfLimits(
        long maxFileBytes,
        int maxPages,
        long maxStreamBytes,
        long maxDecodedBytes,
        long maxOperations,
        long maxChars,
        long maxMillis) {

    /**
     * Generous for real reports (tens of pages, embedded CJK fonts of a few MB, content streams of a few
     * hundred KB), tight for bombs.
     */
    public static final PdfLimits DEFAULT =
            new PdfLimits(64L << 20, 2_000, 64L << 20, 512L << 20, 20_000_000, 5_000_000, 30_000);

    public PdfLimits {
        if (maxFileBytes < 1
                || maxPages < 1
                || maxStreamBytes < 1
                || maxDecodedBytes < 1
                || maxOperations < 1
                || maxChars < 1
                || maxMillis < 1) {
            throw new IllegalArgumentException("PDF read limits must be positive");
        }
    }
}
