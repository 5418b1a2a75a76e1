package io.github.fazhi.docx;

import io.github.fazhi.render.NodeRendererContext;
import io.github.fazhi.render.layout.LayoutProfile;

/**
 * What a DOCX node renderer can use during one rendering: the {@link DocxWriter} and the layout, besides
 * rendering other nodes and falling back to the built-in rendering.
 *
 * <pre>{@code
 * DocxNodeRendererFactory boldTitle = context -> NodeRenderer.of(NodeType.TITLE, title -> {
 *     LayoutProfile.Font f = context.layout().title();
 *     for (String line : title.lines()) {
 *         context.writer().run(context.writer().paragraph(DocxStyles.TITLE), line,
 *                 new LayoutProfile.Font(f.eastAsia(), f.latin(), f.halfPoints(), true));
 *     }
 *     context.writer().blankLine();
 * });
 * }</pre>
 *
 * <p>The built-in renderers: {@code DOCUMENT} (header lines before the title, a blank line, the title, the
 * lines after it, the addressee from the metadata when the submission version has no addressee line, the
 * preamble, sections, sign-off and trailing text), {@code HEADER_LINE}, {@code TITLE} (split at phrase
 * boundaries, then a blank line), {@code PREAMBLE}, {@code SECTION} (heading, then
 * {@link #renderChildren(io.github.fazhi.core.Section)}), {@code SECTION_HEADING} (a stand-alone or run-in
 * heading at the section's depth), {@code PARAGRAPH}, {@code SIGN_OFF} and {@code TRAILING}.
 */
public interface DocxNodeRendererContext extends NodeRendererContext {

    /** The writer of this rendering. */
    DocxWriter writer();

    /** The layout of this rendering. */
    default LayoutProfile layout() {
        return writer().layout();
    }

    /** Whether the 主送机关 line is printed (the submission version). */
    default boolean submissionVersion() {
        return layout().addresseeLine();
    }
}
