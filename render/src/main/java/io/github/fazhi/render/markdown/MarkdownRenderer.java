package io.github.fazhi.render.markdown;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeType;
import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.RenderingSession;
import io.github.fazhi.render.TextReportRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a report as CommonMark, format id {@code markdown}, that reads correctly in any Markdown
 * viewer: the title as a level-1 heading, each section as a heading one level below its parent with
 * its GB/T 9704 label ({@code ## 一、…}, {@code ### （一）…}, {@code #### 1.…}, {@code ##### （1）…}),
 * run-in headings as headings of their own followed by the rest of their paragraph, header lines and
 * paragraphs as paragraphs, and the sign-off as its own lines at the end (Markdown cannot align it
 * right). All report text is escaped ({@link MarkdownWriter#escape}). Immutable and thread-safe.
 *
 * <pre>{@code
 * MarkdownRenderer md = MarkdownRenderer.builder().build();
 * Files.writeString(Path.of("report.md"), md.renderToString(report));
 * }</pre>
 */
public final class MarkdownRenderer implements TextReportRenderer {

    private final List<MarkdownNodeRendererFactory> factories;

    private MarkdownRenderer(Builder b) {
        this.factories = List.copyOf(b.factories);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RenderFormat format() {
        return RenderFormat.MARKDOWN;
    }

    @Override
    public void render(AnnualReport report, Appendable out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        new Session(report, new MarkdownWriter(out), factories).renderDocument();
    }

    private static List<NodeRenderer<?>> defaults(MarkdownNodeRendererContext c) {
        MarkdownWriter w = c.writer();
        return List.of(
                NodeRenderer.of(NodeType.DOCUMENT, c::renderChildren),
                NodeRenderer.of(NodeType.HEADER_LINE, (HeaderLine h) -> {
                    if (h.kind() != HeaderLineKind.FURNITURE) {
                        w.paragraph(h.text());
                    }
                }),
                NodeRenderer.of(NodeType.TITLE, t -> w.heading(1, t.text())),
                NodeRenderer.of(NodeType.PREAMBLE, r -> r.preamble().forEach(c::render)),
                NodeRenderer.of(NodeType.SECTION, (Section s) -> {
                    c.render(NodeType.SECTION_HEADING, s);
                    c.renderChildren(s);
                }),
                NodeRenderer.of(NodeType.SECTION_HEADING, s -> w.heading(c.headingLevel(s), s.headingLine())),
                NodeRenderer.of(NodeType.PARAGRAPH, p -> w.paragraph(p.text())),
                NodeRenderer.of(NodeType.SIGN_OFF, (SignOff s) -> {
                    List<String> lines = new ArrayList<>(s.issuers());
                    s.dateText().ifPresent(lines::add);
                    w.lines(lines);
                }),
                NodeRenderer.of(NodeType.TRAILING, r -> r.trailing().forEach(c::render)));
    }

    private static final class Session extends RenderingSession implements MarkdownNodeRendererContext {
        private final MarkdownWriter writer;

        Session(AnnualReport report, MarkdownWriter writer, List<MarkdownNodeRendererFactory> factories) {
            super(report);
            this.writer = writer;
            start(create(factories, f -> f.create(this)), defaults(this));
        }

        @Override
        public MarkdownWriter writer() {
            return writer;
        }
    }

    /** Builds a {@link MarkdownRenderer}; not thread-safe. */
    public static final class Builder {
        private final List<MarkdownNodeRendererFactory> factories = new ArrayList<>();

        private Builder() {}

        /** Registers a node renderer factory; for a node type, the first registered wins over later ones and the default. */
        public Builder nodeRendererFactory(MarkdownNodeRendererFactory factory) {
            factories.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /** Applies those of {@code extensions} that are {@link MarkdownRendererExtension}s, in order. */
        public Builder extensions(Iterable<? extends RendererExtension> extensions) {
            for (RendererExtension e : extensions) {
                if (e instanceof MarkdownRendererExtension m) {
                    m.extend(this);
                }
            }
            return this;
        }

        /** The renderer. */
        public MarkdownRenderer build() {
            return new MarkdownRenderer(this);
        }
    }
}
