package io.github.fazhi.core;

/** Where a report was made public (督察工作规定 Art. 24: newspapers, websites and other media). */
public enum DisclosureChannel {
    /** The government's web portal. */
    PORTAL,
    /** A newspaper. */
    NEWSPAPER,
    /** An official social-media account. */
    SOCIAL_MEDIA,
    /** Anything else. */
    OTHER
}
