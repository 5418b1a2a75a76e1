package io.github.fazhi.core;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    public static final String INDENT = "\u3000\u3000";

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
        try {
            new Session(out).report(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The heading line of a section as this writer prints it, without indent. */
    public static String headingLine(Section section) {
        if (section.runIn() && !section.blocks().isEmpty()) {
            return section.label() + section.heading() + section.blocks().get(0).text();
        }
        return section.headingLine();
    }

    private final class Session {
        private final Appendable out;
        private boolean started;
        private boolean pendingGap;

        Session(Appendable out) {
            this.out = out;
        }

        void report(AnnualReport r) throws IOException {
            for (HeaderLine h : r.header()) {
                if (!h.afterTitle()) {
                    line(h.text(), false);
                    gap();
                }
            }
            if (r.title().isPresent()) {
                for (String l : r.title().get().lines()) {
                    line(l, false);
                }
                gap();
            }
            for (HeaderLine h : r.header()) {
                if (h.afterTitle()) {
                    line(h.text(), false);
                    gap();
                }
            }
            paragraphs(r.preamble());
            for (Section s : r.sections()) {
                section(s);
            }
            if (r.signOff().isPresent()) {
                SignOff so = r.signOff().get();
                forceGap();
                for (String issuer : so.issuers()) {
                    line(issuer, false);
                }
                if (so.dateText().isPresent()) {
                    line(so.dateText().get(), false);
                }
                gap();
            }
            paragraphs(r.trailing());
        }

        void section(Section s) throws IOException {
            line(headingLine(s), true);
            gap();
            List<Block> blocks = s.blocks();
            for (int i = s.runIn() && !blocks.isEmpty() ? 1 : 0; i < blocks.size(); i++) {
                line(blocks.get(i).text(), true);
                gap();
            }
            for (Section sub : s.subsections()) {
                section(sub);
            }
        }

        /** Paragraphs and page furniture alike: the writer gives back what was read. */
        void paragraphs(List<Block> blocks) throws IOException {
            for (Block b : blocks) {
                line(b.text(), true);
                gap();
            }
        }

        void gap() {
            if (blankLines) {
                pendingGap = true;
            }
        }

        void forceGap() {
            pendingGap = true;
        }

        void line(String text, boolean body) throws IOException {
            if (pendingGap && started) {
                out.append(lineSeparator);
            }
            pendingGap = false;
            started = true;
            if (body && indent) {
                out.append(INDENT);
            }
            out.append(text).append(lineSeparator);
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

        public PlainTextWriter build() {
            return new PlainTextWriter(this);
        }
    }
}
