package io.github.fazhi.render.internal;

import io.github.fazhi.core.Element;
import io.github.fazhi.core.ElementVisitor;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The node renderers of one rendering: the registered ones (first per type wins) over the built-in ones.
 * Not thread-safe; one per rendering.
 */
public final class NodeDispatch {

    private final Map<NodeType<?>, NodeRenderer<?>> registered = new HashMap<>();
    private final Map<NodeType<?>, NodeRenderer<?>> builtIn = new HashMap<>();

    /**
     * @param custom the renderers the app registered, in registration order
     * @param defaults the built-in renderers, one per node type the format renders
     */
    public NodeDispatch(List<? extends NodeRenderer<?>> custom, List<? extends NodeRenderer<?>> defaults) {
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

    /** Renders a report element by its type. */
    public void render(Element element) {
        element.accept(new ElementVisitor<Void>() {
            @Override
            public Void defaultValue(Element e) {
                return null;
            }

            @Override
            public Void visitHeaderLine(HeaderLine line) {
                render(NodeType.HEADER_LINE, line);
                return null;
            }

            @Override
            public Void visitTitle(Title title) {
                render(NodeType.TITLE, title);
                return null;
            }

            @Override
            public Void visitParagraph(Paragraph paragraph) {
                render(NodeType.PARAGRAPH, paragraph);
                return null;
            }

            @Override
            public Void visitSection(Section section) {
                render(NodeType.SECTION, section);
                return null;
            }

            @Override
            public Void visitSignOff(SignOff signOff) {
                render(NodeType.SIGN_OFF, signOff);
                return null;
            }
        });
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
