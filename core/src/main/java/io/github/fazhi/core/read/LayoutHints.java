package io.github.fazhi.core.read;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a format says about a line beyond its text: a heading style or outline level, centring, bold, the
 * font size, a blank line or paragraph spacing before it, and where on the page it stood. Plain text has
 * none of these ({@link #NONE}); DOCX, {@code .doc}, PDF, OFD and HTML have some. The structure reader
 * uses them as evidence beside the text (a line in Word's 标题 1 style is a heading even without a
 * number), never instead of it.
 *
 * <pre>{@code
 * LayoutHints h = LayoutHints.builder().outlineLevel(1).styleName("Heading 1").bold(true).build();
 * h.outlineLevel(); // OptionalInt[1]
 * LayoutHints.NONE.region(); // BODY
 * }</pre>
 *
 * @param outlineLevel the heading level (1 for the top) from a heading style or an outline level, when
 *     the format marks one
 * @param styleName the style's name as the document gives it ({@code Heading 1}, {@code 标题 1}), when
 *     it has one
 * @param centred whether the line is centred
 * @param bold whether the whole line is bold
 * @param fontSize the font size in points, when known and the same for the whole line
 * @param blankBefore whether a blank line, an empty paragraph or extra spacing stands before the line (or
 *     it is the first line)
 * @param region where on the page the line stood
 */
public record LayoutHints(
        OptionalInt outlineLevel,
        Optional<String> styleName,
        boolean centred,
        boolean bold,
        OptionalDouble fontSize,
        boolean blankBefore,
        LineRegion region) {

    /** No hints: a body line of plain text. */
    public static final LayoutHints NONE = builder().build();

    /** Checks for nulls, an outline level of 1 to 9 and a plausible font size. */
    public LayoutHints {
        Objects.requireNonNull(outlineLevel, "outlineLevel");
        Objects.requireNonNull(styleName, "styleName");
        Objects.requireNonNull(fontSize, "fontSize");
        Objects.requireNonNull(region, "region");
        if (outlineLevel.isPresent() && (outlineLevel.getAsInt() < 1 || outlineLevel.getAsInt() > 9)) {
            throw new IllegalArgumentException("outline levels run from 1 to 9, not " + outlineLevel.getAsInt());
        }
        if (fontSize.isPresent() && !(fontSize.getAsDouble() > 0 && fontSize.getAsDouble() < 1000)) {
            throw new IllegalArgumentException("font size out of range: " + fontSize.getAsDouble());
        }
    }

    /** A builder with no hints set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder prefilled with these hints. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.outlineLevel = outlineLevel;
        b.styleName = styleName;
        b.centred = centred;
        b.bold = bold;
        b.fontSize = fontSize;
        b.blankBefore = blankBefore;
        b.region = region;
        return b;
    }

    /** Whether the line is body text (or a table row) rather than page furniture. */
    public boolean inBody() {
        return region == LineRegion.BODY || region == LineRegion.TABLE;
    }

    /** Builds {@link LayoutHints}; not thread-safe. */
    public static final class Builder {
        private OptionalInt outlineLevel = OptionalInt.empty();
        private Optional<String> styleName = Optional.empty();
        private boolean centred;
        private boolean bold;
        private OptionalDouble fontSize = OptionalDouble.empty();
        private boolean blankBefore;
        private LineRegion region = LineRegion.BODY;

        private Builder() {}

        /** The heading level, 1 to 9. */
        public Builder outlineLevel(int value) {
            outlineLevel = OptionalInt.of(value);
            return this;
        }

        /** The style's name as the document gives it. */
        public Builder styleName(String value) {
            styleName = Optional.of(value);
            return this;
        }

        /** Whether the line is centred. */
        public Builder centred(boolean value) {
            centred = value;
            return this;
        }

        /** Whether the whole line is bold. */
        public Builder bold(boolean value) {
            bold = value;
            return this;
        }

        /** The font size in points. */
        public Builder fontSize(double points) {
            fontSize = OptionalDouble.of(points);
            return this;
        }

        /** Whether a blank line or extra spacing stands before the line. */
        public Builder blankBefore(boolean value) {
            blankBefore = value;
            return this;
        }

        /** Where on the page the line stood. */
        public Builder region(LineRegion value) {
            region = Objects.requireNonNull(value, "region");
            return this;
        }

        /** Builds the hints. */
        public LayoutHints build() {
            return new LayoutHints(outlineLevel, styleName, centred, bold, fontSize, blankBefore, region);
        }
    }
}
