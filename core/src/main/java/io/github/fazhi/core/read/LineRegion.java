package io.github.fazhi.core.read;

/**
 * Where on the page a {@link SourceLine} stood, as far as its format can tell. The structure reader reads
 * {@link #BODY} and {@link #TABLE} lines as the report's text and keeps the others as page furniture: they
 * are never taken as the title, an addressee or a paragraph of the report, and never lost.
 */
public enum LineRegion {
    /** The document's running text. */
    BODY,
    /** A row of a table, its cells joined in reading order. */
    TABLE,
    /** A running page header (DOCX {@code header*.xml}, the top of a PDF page). */
    PAGE_HEADER,
    /** A running page footer, page numbers ({@code — 1 —}) included. */
    PAGE_FOOTER,
    /** A footnote or endnote. */
    NOTE,
    /**
     * Page furniture the extractor recognised by its format: a portal page's navigation, breadcrumb,
     * share buttons and site footer, a PDF's running page number.
     */
    FURNITURE
}
