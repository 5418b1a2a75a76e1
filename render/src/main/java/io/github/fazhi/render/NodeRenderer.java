package io.github.fazhi.render;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Renders the nodes of one {@link NodeType}. A renderer's builder takes factories that make node
 * renderers for each rendering; the first factory registered for a node type wins over later ones and
 * over the built-in rendering, which stays available through {@link NodeRendererContext#renderDefault}.
 *
 * <p>Node renderers are made anew for every rendering, with that rendering's context, so they may keep
 * state for one rendering; the factories that make them must be safe to call from several threads.
 *
 * <pre>{@code
 * MarkdownRenderer md = MarkdownRenderer.builder()
 *         .nodeRendererFactory(context -> NodeRenderer.of(NodeType.HEADER_LINE, line -> {
 *             if (line.kind() != HeaderLineKind.DOCUMENT_NUMBER) {   // leave the 文号 out of the web version
 *                 context.renderDefault(NodeType.HEADER_LINE, line);
 *             }
 *         }))
 *         .build();
 * }</pre>
 *
 * @param <T> the Java type of the nodes
 */
public interface NodeRenderer<T> {

    /** The node type this renderer renders. */
    NodeType<T> nodeType();

    /** Renders {@code node}. */
    void render(T node);

    /** A node renderer for {@code type} that calls {@code render}. */
    static <T> NodeRenderer<T> of(NodeType<T> type, Consumer<? super T> render) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(render, "render");
        return new NodeRenderer<>() {
            @Override
            public NodeType<T> nodeType() {
                return type;
            }

            @Override
            public void render(T node) {
                render.accept(node);
            }

            @Override
            public String toString() {
                return "NodeRenderer[" + type + "]";
            }
        };
    }
}
