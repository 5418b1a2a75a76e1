package io.github.fazhi.render;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
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

    private NodeRendererMap started() {
        if (nodes == null) {
            throw new IllegalStateException("the session has not started");
        }
        return nodes;
    }
}
