package io.github.fazhi.render;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The plumbing every rendering shares, for the renderers of fazhi and of format modules: the report, the node
 * renderers the app registered over the built-in ones ({@link NodeRendererMap}), {@code render},
 * {@code renderDefault} and the depth of the section being rendered. A format's session extends it, adds its
 * writer and calls {@link #start} once with its node renderers. Not thread-safe: one per rendering.
 *
 * <pre>{@code
 * final class Session extends RenderingSession implements TextNodeRendererContext {
 *     Session(AnnualReport report, List<TextNodeRendererFactory> factories) {
 *         super(report);
 *         start(RenderingSession.create(factories, f -> f.create(this)), new CoreTextNodeRenderers(this).all());
 *     }
 * }
 * }</pre>
 */
public abstract class RenderingSession implements NodeRendererContext {

    private final AnnualReport report;
    private NodeRendererMap nodes;

    /** A session rendering {@code report}. */
    protected RenderingSession(AnnualReport report) {
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Sets the node renderers: {@code custom} (the app's, first registered wins) over {@code defaults}. */
    protected final void start(List<? extends NodeRenderer<?>> custom, List<? extends NodeRenderer<?>> defaults) {
        if (nodes != null) {
            throw new IllegalStateException("the session has started");
        }
        nodes = new NodeRendererMap(custom, defaults);
    }

    /** The node renderers {@code factories} make, in order ({@code make} calls one factory). */
    public static <F> List<NodeRenderer<?>> create(List<F> factories, Function<? super F, NodeRenderer<?>> make) {
        List<NodeRenderer<?>> out = new ArrayList<>(factories.size());
        for (F f : factories) {
            out.add(make.apply(f));
        }
        return out;
    }

    /** Renders the whole report ({@link NodeType#DOCUMENT}). */
    public final void renderDocument() {
        render(NodeType.DOCUMENT, report);
    }

    @Override
    public final AnnualReport report() {
        return report;
    }

    @Override
    public final <T> void render(NodeType<T> type, T node) {
        started().render(type, node);
    }

    @Override
    public final <T> void renderDefault(NodeType<T> type, T node) {
        started().renderDefault(type, node);
    }

    @Override
    public final int depth(Section section) {
        return started().depth(section, report);
    }

    /**
     * Renders an element with the renderer registered for its type, as {@link NodeRendererContext#render(Element)}
     * does, without a visitor per call (it runs for every element).
     */
    @Override
    public void render(Element element) {
        if (element instanceof Paragraph p) {
            render(NodeType.PARAGRAPH, p);
        } else if (element instanceof Section s) {
            render(NodeType.SECTION, s);
        } else if (element instanceof PageFurniture f) {
            render(NodeType.PAGE_FURNITURE, f);
        } else if (element instanceof HeaderLine h) {
            render(NodeType.HEADER_LINE, h);
        } else if (element instanceof Title t) {
            render(NodeType.TITLE, t);
        } else if (element instanceof SignOff s) {
            render(NodeType.SIGN_OFF, s);
        } else {
            Objects.requireNonNull(element, "element");
        }
    }

    /** Renders a section's blocks, then its sub-sections, as {@link NodeRendererContext#renderChildren(Section)}. */
    @Override
    public void renderChildren(Section section) {
        for (Block b : section.blocks()) {
            render(b);
        }
        for (Section s : section.subsections()) {
            render(NodeType.SECTION, s);
        }
    }

    private NodeRendererMap started() {
        if (nodes == null) {
            throw new IllegalStateException("the session has not started");
        }
        return nodes;
    }
}
