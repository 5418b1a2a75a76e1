package io.github.fazhi.docx;

import io.github.fazhi.docx.internal.XmlText;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.LayoutProfile.Font;
import java.util.Objects;
import java.util.Optional;

/**
 * How the paragraphs of a rendering are written, whatever they are written into: which style and font each kind
 * of paragraph takes, that the paragraph of a run-in heading goes on in the body font, how a run's text splits
 * into text, tabs and line breaks. Two targets emit what it decides: POI's document ({@link PoiParagraphs}, behind
 * {@link DocxWriter}, what an app's node renderers write through) and WordprocessingML text
 * ({@link XmlParagraphs}, when no app node renderer is registered). One per rendering; not thread-safe.
 *
 * @param <P> a paragraph of the target
 * @param <R> a run of the target
 */
abstract class Paragraphs<P, R> {

    private final LayoutProfile layout;
    private Optional<P> openRunIn = Optional.empty();

    Paragraphs(LayoutProfile layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    final LayoutProfile layout() {
        return layout;
    }

    // ---- what the targets emit

    /** A new paragraph at the end of the document, in {@code styleId} (none written for {@link DocxStyles#NORMAL}). */
    abstract P newParagraph(String styleId);

    /** A new run at the end of {@code paragraph}, in {@code font}, and in {@code characterStyle} if there is one. */
    abstract R newRun(P paragraph, Font font, Optional<String> characterStyle);

    /** A text element holding {@code text} (not empty, no tab, no line feed) at the end of {@code run}. */
    abstract void text(R run, String text);

    /** A tab at the end of {@code run}. */
    abstract void tab(R run);

    /** A line break at the end of {@code run}. */
    abstract void lineBreak(R run);

    /** The last paragraph of the document, if there is one. */
    abstract Optional<P> last();

    /** Keeps {@code paragraph} on the page of the paragraph after it. */
    abstract void keepWithNext(P paragraph);

    /**
     * Sets a sign-off line's geometry on {@code paragraph}: no automatic space between Chinese and digits, an
     * indent of {@code hundredths} hundredths of a character ({@code twips} twips) from the left with no first-line
     * indent and left alignment when {@code left}, otherwise from the right with right alignment.
     */
    abstract void signOffLine(P paragraph, boolean left, long hundredths, long twips);

    // ---- what is written

    /** A new empty paragraph in style {@code styleId}; ends an open run-in heading. */
    final P paragraph(String styleId) {
        openRunIn = Optional.empty();
        return newParagraph(styleId);
    }

    /** A body paragraph holding {@code text}, or, right after {@link #runInHeading}, the rest of that paragraph. */
    final P bodyParagraph(String text) {
        if (openRunIn.isPresent()) {
            P p = openRunIn.get();
            openRunIn = Optional.empty();
            run(p, text, layout.body());
            return p;
        }
        P p = paragraph(DocxStyles.NORMAL);
        run(p, text, layout.body());
        return p;
    }

    /** An empty body paragraph: one blank line. */
    final P blankLine() {
        return paragraph(DocxStyles.NORMAL);
    }

    /** A stand-alone heading paragraph at {@code level} holding {@code text} in the level's font. */
    final P heading(int level, String text) {
        P p = paragraph(DocxStyles.heading(level));
        run(p, text, layout.heading(level));
        return p;
    }

    /** A body paragraph starting with {@code text} in the run-in heading style and font of {@code level}. */
    final P runInHeading(int level, String text) {
        P p = paragraph(DocxStyles.NORMAL);
        run(p, text, layout.heading(level), Optional.of(DocxStyles.runInHeading(level)));
        openRunIn = Optional.of(p);
        return p;
    }

    /** {@code text} as a run in {@code font} at the end of {@code paragraph}. */
    final R run(P paragraph, String text, Font font) {
        return run(paragraph, text, font, Optional.empty());
    }

    /**
     * {@code text} as a run: tabs become tab characters, line feeds line breaks, and characters XML cannot carry
     * are left out.
     */
    private R run(P paragraph, String text, Font font, Optional<String> characterStyle) {
        String clean = XmlText.clean(text);
        R r = newRun(paragraph, font, characterStyle);
        int start = 0;
        for (int i = 0; i <= clean.length(); i++) {
            if (i == clean.length() || clean.charAt(i) == '\t' || clean.charAt(i) == '\n') {
                if (i > start) {
                    text(r, clean.substring(start, i));
                }
                if (i < clean.length()) {
                    if (clean.charAt(i) == '\t') {
                        tab(r);
                    } else {
                        lineBreak(r);
                    }
                }
                start = i + 1;
            }
        }
        return r;
    }
}
