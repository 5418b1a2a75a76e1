package io.github.fazhi.docx;

import io.github.fazhi.render.NodeRenderer;

/**
 * Makes a node renderer for each DOCX rendering. Must be safe to call from several threads.
 *
 * <pre>{@code
 * DocxNodeRendererFactory noDocumentNumber = context -> NodeRenderer.of(NodeType.HEADER_LINE, line -> {
 *     if (line.kind() != HeaderLineKind.DOCUMENT_NUMBER) {
 *         context.renderDefault(NodeType.HEADER_LINE, line);
 *     }
 * });
 * }</pre>
 */
@FunctionalInterface
public interface DocxNodeRendererFactory {

    /** A node renderer that writes through {@code context}. */
    NodeRenderer<?> create(DocxNodeRendererContext context);
}
