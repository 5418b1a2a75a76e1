package io.github.fazhi.render;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import java.util.List;
import java.util.Objects;

/**
 * The kinds of node a renderer renders, each by one {@link NodeRenderer}. The set is closed; the
 * constants are the only instances, so they compare with {@code ==}.
 *
 * <p>Nodes are the report's own elements ({@link Title}, {@link Section}, {@link Paragraph} …). The
 * parts that are lists of elements (the preamble, the text after the sign-off) and the parts that
 * depend on the whole report (the document, the table of contents) take the {@link AnnualReport} as
 * their node. A section's heading is a node of its own, so an app can change headings and keep the
 * default section layout.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder()
 *         .nodeRendererFactory(context -> NodeRenderer.of(NodeType.SIGN_OFF, signOff -> {
 *             context.writer().openTag("div", "class", "seal-note").text("（此件公开发布）").closeTag("div").line();
 *             context.renderDefault(NodeType.SIGN_OFF, signOff);
 *         }))
 *         .build();
 * }</pre>
 *
 * @param <T> the Java type of the node
 */
public final class NodeType<T> {

    /** The whole report; by default the header lines, title, preamble, sections, sign-off and trailing text. */
    public static final NodeType<AnnualReport> DOCUMENT = new NodeType<>("document", AnnualReport.class, 0);

    /**
     * A line before the body that is not the title: issuer line, 文号 line, addressee line. The built-in
     * renderers write nothing for a line of kind {@code FURNITURE} (page furniture before the body).
     */
    public static final NodeType<HeaderLine> HEADER_LINE = new NodeType<>("header-line", HeaderLine.class, 1);

    /** The title. */
    public static final NodeType<Title> TITLE = new NodeType<>("title", Title.class, 2);

    /** The table of contents, for formats that have one (HTML, when it is turned on); the node is the report. */
    public static final NodeType<AnnualReport> TABLE_OF_CONTENTS =
            new NodeType<>("table-of-contents", AnnualReport.class, 3);

    /** The paragraphs before the first section; the node is the report, whose {@code preamble()} they are. */
    public static final NodeType<AnnualReport> PREAMBLE = new NodeType<>("preamble", AnnualReport.class, 4);

    /** A section with its heading, its blocks and its sub-sections. */
    public static final NodeType<Section> SECTION = new NodeType<>("section", Section.class, 5);

    /** A section's heading: label and heading text (for a run-in heading, the start of its paragraph). */
    public static final NodeType<Section> SECTION_HEADING = new NodeType<>("section-heading", Section.class, 6);

    /** A paragraph anywhere: preamble, section body, after the sign-off. */
    public static final NodeType<Paragraph> PARAGRAPH = new NodeType<>("paragraph", Paragraph.class, 7);

    /**
     * Page furniture a reader kept where it stood (a page header, a portal's breadcrumb or share buttons).
     * The built-in renderers write nothing for it: it is not part of the report. Register a renderer for
     * this type to show it (as a greyed note, say).
     */
    public static final NodeType<PageFurniture> PAGE_FURNITURE =
            new NodeType<>("page-furniture", PageFurniture.class, 8);

    /** The sign-off: issuer names and the date of issue. */
    public static final NodeType<SignOff> SIGN_OFF = new NodeType<>("sign-off", SignOff.class, 9);

    /** The paragraphs after the sign-off; the node is the report, whose {@code trailing()} they are. */
    public static final NodeType<AnnualReport> TRAILING = new NodeType<>("trailing", AnnualReport.class, 10);

    private static final List<NodeType<?>> VALUES = List.of(
            DOCUMENT,
            HEADER_LINE,
            TITLE,
            TABLE_OF_CONTENTS,
            PREAMBLE,
            SECTION,
            SECTION_HEADING,
            PARAGRAPH,
            PAGE_FURNITURE,
            SIGN_OFF,
            TRAILING);

    private final String name;
    private final Class<T> javaType;
    /** The place of this type in {@link #values()}, for the dispatch tables of {@link NodeRendererMap}. */
    final int index;

    private NodeType(String name, Class<T> javaType, int index) {
        this.name = Objects.requireNonNull(name);
        this.javaType = Objects.requireNonNull(javaType);
        this.index = index;
    }

    /** Every node type, in document order as far as there is one. */
    public static List<NodeType<?>> values() {
        return VALUES;
    }

    /** A short name such as {@code section-heading}. */
    public String name() {
        return name;
    }

    /** The Java type of nodes of this type. */
    public Class<T> javaType() {
        return javaType;
    }

    @Override
    public String toString() {
        return name;
    }
}
