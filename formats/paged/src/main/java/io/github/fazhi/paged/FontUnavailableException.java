package io.github.fazhi.paged;

/**
 * Neither a font the layout profile names nor any of its fallbacks is installed as an embeddable face, or a font
 * file given by path cannot be read. The message names the font and everything tried.
 */
public final class FontUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String fontName;

    /** A font named {@code fontName} that no file provides; {@code message} says so for a person. */
    public FontUnavailableException(String message, String fontName) {
        super(message);
        this.fontName = fontName;
    }

    /** The font name the profile gives. */
    public String fontName() {
        return fontName;
    }
}
