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
     * Generous for real reports (a few hundred KB of XML and some images), tight for bombs. The ratio is
     * checked past 100,000 bytes, as POI's own default grace size, so our check speaks first.
     */
    public static final ReadLimits DEFAULT =
            new ReadLimits(64L << 20, 10_000, 32L << 20, 200L << 20, 0.01, 100_000, 256);

    public ReadLimits {
        if (maxFileBytes < 1 || maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxDepth < 8) {
            throw new IllegalArgumentException("read limits must be positive (and depth at least 8)");
        }
        if (!(minInflateRatio >= 0 && minInflateRatio < 1) || ratioCheckAfterBytes < 0) {
            throw new IllegalArgumentException("minInflateRatio must be in [0, 1): " + minInflateRatio);
        }
    }
}
