package io.github.fazhi.ofd.internal.extract;

/**
 * The bounds within which an OFD is read, so that a hostile file costs bounded time and memory: the same
 * archive limits as the DOCX reader's, and limits on pages and characters.
 *
 * @param maxFileBytes the largest file accepted
 * @param maxEntries the most ZIP entries accepted
 * @param maxEntryBytes the largest uncompressed size of one entry
 * @param maxTotalBytes the largest uncompressed size of all entries together
 * @param minInflateRatio the smallest compressed-to-uncompressed ratio accepted for an entry once it has
 *     inflated past {@code ratioCheckAfterBytes} (0.01: at most 100 times)
 * @param ratioCheckAfterBytes how much an entry may inflate before its ratio is checked
 * @param maxDepth the deepest element nesting accepted in an XML part
 * @param maxPages the most pages read
 * @param maxGlyphs the most characters read
 */
public record OfdLimits(
        long maxFileBytes,
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        double minInflateRatio,
        long ratioCheckAfterBytes,
        int maxDepth,
        int maxPages,
        long maxGlyphs) {

    /** Generous for real reports (a few MB of XML, fonts and images), tight for bombs. */
    public static final OfdLimits DEFAULT =
            new OfdLimits(64L << 20, 10_000, 32L << 20, 200L << 20, 0.01, 100_000, 256, 2_000, 5_000_000);

    public OfdLimits {
        if (maxFileBytes < 1
                || maxEntries < 1
                || maxEntryBytes < 1
                || maxTotalBytes < 1
                || maxDepth < 8
                || maxPages < 1
                || maxGlyphs < 1) {
            throw new IllegalArgumentException("OFD read limits must be positive (and depth at least 8)");
        }
        if (!(minInflateRatio >= 0 && minInflateRatio < 1) || ratioCheckAfterBytes < 0) {
            throw new IllegalArgumentException("minInflateRatio must be in [0, 1): " + minInflateRatio);
        }
    }
}
