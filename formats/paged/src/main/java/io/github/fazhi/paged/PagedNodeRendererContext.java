package io.github.fazhi.paged;

import io.github.fazhi.render.NodeRendererContext;
import io.github.fazhi.render.layout.LayoutProfile;

/**
 * What a PDF or OFD node renderer can use during one rendering: the {@link PagedWriter} and the layout, besides
 * rendering other nodes and falling back to the built-in rendering. One node renderer serves both formats,
 * which lay out the same way.
 *
 * <pre>{@code
 * PagedNodeRendererFactory noAddressee = context -> NodeRenderer.of(NodeType.HEADER_LINE, line -> {
 *     if (line.kind() != HeaderLineKind.ADDRESSEE) {
 *         context.renderDefault(NodeType.HEADER_LINE, line);
 *     }
 * });
 * PdfRenderer pdf = PdfRenderer.builder().nodeRendererFactory(noAddressee).build();
 * OfdRenderer ofd = OfdRenderer.builder().nodeRendererFactory(noAddressee).build();
 * }</pre>
 *
 * <p>The built-in renderers lay out as the DOCX renderer does: header lines before the title centred and a blank
 * line; the title split at phrase boundaries ({@code TitleSplitter}), centred, then a blank line; the addressee
 * flush left (submission version); the preamble; each section's heading at its depth (stand-alone, keeping with
 * the next line, or run in); paragraphs; the sign-off by {@code SignOffGeometry} (unsealed or sealed, as the
 * layout says) keeping with the body's last line; the text after it.
 */
public interface PagedNodeRendererContext extends NodeRendererContext {

    /** The writer of this rendering. */
    PagedWriter writer();

    /** The layout of this rendering. */
    default LayoutProfile layout() {
        return writer().layout();
    }
}
