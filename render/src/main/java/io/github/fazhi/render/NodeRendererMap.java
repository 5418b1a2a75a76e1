package io.github.fazhi.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The node renderers of one rendering: those the app registered (the first per node type wins) over the
 * format's built-in ones, which {@code renderDefault} always reaches. Every renderer in fazhi dispatches
 * through one; a renderer for a new format (DOCX, later PDF or OFD) uses it to honour the same contract.
 * Not thread-safe: make one per rendering.
 *
 * <pre>{@code
 * NodeRendererMap nodes = new NodeRendererMap(customRenderers, builtInRenderers);
 * nodes.render(NodeType.DOCUMENT, report);
 * }</pre>
 */
public final class NodeRendererMap {

    private final Map<NodeType<?>, NodeRenderer<?>> registered = new HashMap<>();
    private final Map<NodeType<?>, NodeRenderer<?>> builtIn = new HashMap<>();

    /**
     * @param custom the renderers the app registered, in registration order
     * @param defaults the built-in renderers, one per node type the format renders
     */
    public NodeRendererMap(List<? extends NodeRenderer<?>> custom, List<? extends NodeRenderer<?>> defaults) {
        for (NodeRenderer<?> r : defaults) {
            builtIn.putIfAbsent(typeOf(r), r);
        }
        for (NodeRenderer<?> r : custom) {
            registered.putIfAbsent(typeOf(r), r);
        }
        builtIn.forEach(registered::putIfAbsent);
    }

    private static NodeType<?> typeOf(NodeRenderer<?> r) {
        Objects.requireNonNull(r, "a node renderer factory returned null");
        return Objects.requireNonNull(r.nodeType(), () -> r + " has no node type");
    }

    /** Renders {@code node} with the registered renderer for {@code type}, if there is one. */
    public <T> void render(NodeType<T> type, T node) {
        dispatch(registered, type, node);
    }

    /** Renders {@code node} with the built-in renderer for {@code type}, if there is one. */
    public <T> void renderDefault(NodeType<T> type, T node) {
        dispatch(builtIn, type, node);
    }

    @SuppressWarnings("unchecked")
    private static <T> void dispatch(Map<NodeType<?>, NodeRenderer<?>> map, NodeType<T> type, T node) {
        Objects.requireNonNull(type, "type");
        T checked = type.javaType().cast(Objects.requireNonNull(node, "node"));
        NodeRenderer<T> r = (NodeRenderer<T>) map.get(type);
        if (r != null) {
            r.render(checked);
        }
    }
}
