package io.github.fazhi.core;

import java.util.List;

/**
 * Writes a report as plain text, the inverse of the plain-text reader: header lines, the title,
 * the preamble, each section's heading line with its label (run-in headings kept in their paragraph),
 * the sign-off and anything after it. Page furniture kept by a reader ({@link PageFurniture},
 * {@link HeaderLineKind#FURNITURE} header lines) is written back where it stood, so that reading a text and
 * writing it gives the text again; renderers, which write the report for people, leave it out.
 * Immutable and thread-safe; build it once.
 *
 * <pre>{@code
 * String text = PlainTextWriter.builder().indent(true).build().write(report);
 * PlainTextWriter.standard().write(report, System.out);
 * }</pre>
 */
public final class PlainTextWriter {

    /** Two full-width spaces, the 2-character first-line indent of GB/T 9704 body text. */
    public static final String INDENT = TextLineWriter.INDENT;

    private static final PlainTextWriter STANDARD = builder().build();

    private final boolean indent;
    private final boolean blankLines;
    private final String lineSeparator;

    private PlainTextWriter(Builder b) {
        this.indent = b.indent;
        this.blankLines = b.blankLines;
        this.lineSeparator = b.lineSeparator;
    }

    /** The writer with default options: no indent, a blank line between paragraphs, {@code \n}. */
    public static PlainTextWriter standard() {
        return STANDARD;
    }

    /** A builder for a writer with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /** The report as text. */
    public String write(AnnualReport report) {
        StringBuilder out = new StringBuilder(4096);
        write(report, out);
        return out.toString();
    }

    /** Writes the report as text to {@code out}. */
    public void write(AnnualReport report, Appendable out) {
        new Session(out).report(report);
    }

    /** The heading line of a section as this writer prints it, without indent. */
    public static String headingLine(Section section) {
        if (section.runIn() && !section.blocks().isEmpty()) {
            return section.label() + section.heading() + section.blocks().get(0).text();
        }
        return section.headingLine();
    }

    private final class Session implements ReportParts {
        private final TextLineWriter w;

        Session(Appendable out) {
            this.w = new TextLineWriter(out, indent, blankLines, lineSeparator);
        }

        void report(AnnualReport r) {
            r.visitParts(this);
            w.finish();
        }

        @Override
        public void beforeTitle(List<HeaderLine> lines) {
            header(lines);
        }

        @Override
        public void title(Title t) {
            t.lines().forEach(w::line);
            w.blockEnd();
        }

        @Override
        public void afterTitle(List<HeaderLine> lines) {
            header(lines);
        }

        private void header(List<HeaderLine> lines) {
            for (HeaderLine h : lines) {
                w.line(h.text());
                w.blockEnd();
            }
        }

        @Override
        public void preamble(List<Block> blocks) {
            paragraphs(blocks, 0);
        }

        @Override
        public void section(Section s) {
            List<Block> blocks = s.blocks();
            boolean runIn = s.runIn() && !blocks.isEmpty();
            if (runIn) {
                w.runInHeading(s.label() + s.heading());
                w.bodyLine(blocks.get(0).text());
            } else {
                w.bodyLine(s.headingLine());
            }
            w.blockEnd();
            paragraphs(blocks, runIn ? 1 : 0);
            s.subsections().forEach(this::section);
        }

        @Override
        public void signOff(SignOff so) {
            w.blankLine();
            so.issuers().forEach(w::line);
            so.dateText().ifPresent(w::line);
            w.blockEnd();
        }

        @Override
        public void trailing(List<Block> blocks) {
            paragraphs(blocks, 0);
        }

        private void paragraphs(List<Block> blocks, int from) {
            for (int i = from; i < blocks.size(); i++) {
                w.bodyLine(blocks.get(i).text());
                w.blockEnd();
            }
        }
    }

    /** Builds a {@link PlainTextWriter}. */
    public static final class Builder {
        private boolean indent;
        private boolean blankLines = true;
        private String lineSeparator = "\n";

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

        /** The line separator (default {@code \n}). */
        public Builder lineSeparator(String value) {
            if (!value.equals("\n") && !value.equals("\r\n")) {
                throw new IllegalArgumentException("line separator must be \\n or \\r\\n");
            }
            lineSeparator = value;
            return this;
        }

        /** The writer, immutable and safe to share between threads. */
        public PlainTextWriter build() {
            return new PlainTextWriter(this);
        }
    }
}
