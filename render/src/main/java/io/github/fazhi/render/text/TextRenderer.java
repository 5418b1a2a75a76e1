package io.github.fazhi.render.text;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.RendererExtension;
import io.github.fazhi.render.RenderingSession;
import io.github.fazhi.render.TextReportRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a report as canonical plain text, format id {@code text}: by default exactly what core's
 * {@code PlainTextWriter} writes with the same options (numbering from the model, run-in headings kept
 * in their paragraph, a blank line between paragraphs, no indent). Immutable and thread-safe.
 *
 * <pre>{@code
 * TextRenderer text = TextRenderer.builder().indent(true).blankLines(false).build();
 * String s = text.renderToString(report);
 * }</pre>
 */
public final class TextRenderer implements TextReportRenderer {

    private final boolean indent;
    private final boolean blankLines;
    private final String lineSeparator;
    private final List<TextNodeRendererFactory> factories;

    private TextRenderer(Builder b) {
        this.indent = b.indent;
        this.blankLines = b.blankLines;
        this.lineSeparator = b.lineSeparator;
        this.factories = List.copyOf(b.factories);
    }

    /** A builder with the defaults: no indent, blank lines between blocks, {@code \n}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RenderFormat format() {
        return RenderFormat.TEXT;
    }

    @Override
    public void render(AnnualReport report, Appendable out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Session session = new Session(report, new TextWriter(out, indent, blankLines, lineSeparator), factories);
        session.renderDocument();
        session.writer.finish();
    }

    private static final class Session extends RenderingSession implements TextNodeRendererContext {
        private final TextWriter writer;

        Session(AnnualReport report, TextWriter writer, List<TextNodeRendererFactory> factories) {
            super(report);
            this.writer = writer;
            start(create(factories, f -> f.create(this)), new CoreTextNodeRenderers(this).all());
        }

        @Override
        public TextWriter writer() {
            return writer;
        }
    }

    /** Builds a {@link TextRenderer}; not thread-safe. */
    public static final class Builder {
        private boolean indent;
        private boolean blankLines = true;
        private String lineSeparator = "\n";
        private final List<TextNodeRendererFactory> factories = new ArrayList<>();

        private Builder() {}

        /** Whether body lines start with the 2-character full-width indent (default false). */
        public Builder indent(boolean value) {
            indent = value;
            return this;
        }

        /** Whether a blank line separates paragraphs and headings (default true). */
        public Builder blankLines(boolean value) {
            blankLines = value;
            return this;
        }

        /** The line separator, {@code \n} (default) or {@code \r\n}. */
        public Builder lineSeparator(String value) {
            if (!"\n".equals(value) && !"\r\n".equals(value)) {
                throw new IllegalArgumentException("line separator must be \\n or \\r\\n");
            }
            lineSeparator = value;
            return this;
        }

        /** Registers a node renderer factory; for a node type, the first registered wins over later ones and the default. */
        public Builder nodeRendererFactory(TextNodeRendererFactory factory) {
            factories.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /** Applies those of {@code extensions} that are {@link TextRendererExtension}s, in order. */
        public Builder extensions(Iterable<? extends RendererExtension> extensions) {
            for (RendererExtension e : extensions) {
                if (e instanceof TextRendererExtension t) {
                    t.extend(this);
                }
            }
            return this;
        }

        /** The renderer. */
        public TextRenderer build() {
            return new TextRenderer(this);
        }
    }
}
