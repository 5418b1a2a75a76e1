package io.github.fazhi.render;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The node renderers of one rendering: those the app registered (the first per node type wins) over the
 * format's built-in ones, which {@code renderDefault} always reaches. Every renderer in fazhi dispatches
 * through one; a renderer for a new format (DOCX, later PDF or OFD) uses it to honour the same contract.
 * It also tracks the sections being rendered as rendering descends, so a heading's depth is known without
 * looking at ids ({@link #depth(Section, AnnualReport)}). Not thread-safe: make one per rendering.
 *
 * <pre>{@code
 * NodeRendererMap nodes = new NodeRendererMap(customRenderers, builtInRenderers);
 * nodes.render(NodeType.DOCUMENT, report);
 * }</pre>
 */
public final class NodeRendererMap {

    /** By {@link NodeType#index}: the renderer {@code render} uses (the app's, else the built-in one). */
    private final NodeRenderer<?>[] registered =
            new NodeRenderer<?>[NodeType.values().size()];
    /** By {@link NodeType#index}: the built-in renderer. */
    private final NodeRenderer<?>[] builtIn =
            new NodeRenderer<?>[NodeType.values().size()];
    /** The sections being rendered, innermost first. */
    private final Deque<Section> open = new ArrayDeque<>();

    /**
     * @param custom the renderers the app registered, in registration order
     * @param defaults the built-in renderers, one per node type the format renders
     */
    public NodeRendererMap(List<? extends NodeRenderer<?>> custom, List<? extends NodeRenderer<?>> defaults) {
        for (NodeRenderer<?> r : defaults) {
            int i = typeOf(r).index;
            if (builtIn[i] == null) {
                builtIn[i] = r;
            }
        }
        for (NodeRenderer<?> r : custom) {
            int i = typeOf(r).index;
            if (registered[i] == null) {
                registered[i] = r;
            }
        }
        for (int i = 0; i < registered.length; i++) {
            if (registered[i] == null) {
                registered[i] = builtIn[i];
            }
        }
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

    /**
     * How deep {@code section} sits in the report's tree, 1 for a top-level section: its place among the
     * sections being rendered when it is one of them (the usual case, a section rendering its heading and
     * children), else found by descending {@code report}'s sections. 1 when it is not in the report.
     */
    public int depth(Section section, AnnualReport report) {
        int d = open.size();
        for (Iterator<Section> it = open.iterator(); it.hasNext(); d--) {
            if (it.next() == section) {
                return d;
            }
        }
        return depthIn(report.sections(), section, 1);
    }

    /** The depth of {@code section} below {@code sections} (at {@code depth}), found by descending; 1 if absent. */
    static int depthIn(List<Section> sections, Section section, int depth) {
        for (Section s : sections) {
            if (s == section) {
                return depth;
            }
        }
        for (Section s : sections) {
            int d = depthIn(s.subsections(), section, depth + 1);
            if (d > 1) {
                return d;
            }
        }
        return depth == 1 ? fallbackDepth(sections, section) : 1;
    }

    /** An equal section (not the same instance), or 1. */
    private static int fallbackDepth(List<Section> top, Section section) {
        Deque<List<Section>> level = new ArrayDeque<>();
        level.add(top);
        int depth = 1;
        while (!level.isEmpty()) {
            Deque<List<Section>> next = new ArrayDeque<>();
            for (List<Section> list : level) {
                for (Section s : list) {
                    if (s.equals(section)) {
                        return depth;
                    }
                    next.add(s.subsections());
                }
            }
            level = next;
            depth++;
        }
        return 1;
    }

    @SuppressWarnings("unchecked")
    private <T> void dispatch(NodeRenderer<?>[] table, NodeType<T> type, T node) {
        Objects.requireNonNull(type, "type");
        T checked = type.javaType().cast(Objects.requireNonNull(node, "node"));
        NodeRenderer<T> r = (NodeRenderer<T>) table[type.index];
        if (r == null) {
            return;
        }
        // a section's renderer that falls back to renderDefault for the same section opens it once
        boolean opens = type == NodeType.SECTION && open.peek() != checked;
        if (opens) {
            open.push((Section) checked);
        }
        try {
            r.render(checked);
        } finally {
            if (opens) {
                open.pop();
            }
        }
    }
}
