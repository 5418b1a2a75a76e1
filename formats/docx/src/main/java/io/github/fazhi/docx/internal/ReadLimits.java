package io.github.fazhi.docx.internal;

/**
 * The bounds within which a DOCX is read, so that a hostile file costs bounded time and memory.
 *
 * @param maxFileBytes the largest file accepted
 * @param maxEntries the most ZIP entries accepted
 * @param maxEntryBytes the largest uncompressed size of one entry
 * @param maxTotalBytes the largest uncompressed size of all entries together
 * @param minInflateRatio the smallest compressed-to-uncompressed ratio accepted for an entry once it has
 *     inflated past {@code ratioCheckAfterBytes} (0.01 means at most 100 times expansion)
 * @param ratioCheckAfterBytes how much an entry may inflate before its ratio is checked
 * @param maxDepth the deepest element nesting followed in the document's XML
 */
public record ReadLimits(
        long maxFileBytes,
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        double minInflateRatio,
        long ratioCheckAfterBytes,
        int maxDepth) {

    /**
     * Generous for real reports (a few hundred KB of XML and some images) and for fazhi's own DOCX of the
     * largest report its readers accept (a 10 MB paragraph, a 20 MB report: repetitive text compresses a
     * thousandfold, so no ratio is asked of it), tight for bombs: at most 10,000 entries, 192 MiB in one entry
     * and 384 MiB in all, and an entry that inflates past 64 MiB must do so at most a hundredfold. A bomb
     * inflating to gigabytes is stopped at 64 MiB; inflating is streamed and counted, so it costs a fraction
     * of a second.
     */
    public static final ReadLimits DEFAULT =
            new ReadLimits(64L << 20, 10_000, 192L << 20, 384L << 20, 0.01, 64L << 20, 256);

    public ReadLimits {
        if (maxFileBytes < 1 || maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxDepth < 8) {
            throw new IllegalArgumentException("read limits must be positive (and depth at least 8)");
        }
        if (!(minInflateRatio >= 0 && minInflateRatio < 1) || ratioCheckAfterBytes < 0) {
            throw new IllegalArgumentException("minInflateRatio must be in [0, 1): " + minInflateRatio);
        }
    }
}
