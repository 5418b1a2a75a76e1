package io.github.fazhi.paged;

import io.github.fazhi.render.layout.FontRole;
import java.util.Objects;

/**
 * Characters the chosen face lacked and that were taken from another face, under
 * {@code GlyphPolicy.WARN_AND_FALL_BACK}.
 *
 * @param role the role whose face lacked them
 * @param characters the characters, each once
 * @param lacking the face that lacks them
 * @param used the face they were taken from
 * @param message the warning in the rendering's language
 */
public record GlyphWarning(FontRole role, String characters, FontFace lacking, FontFace used, String message) {

    /** Checks for nulls. */
    public GlyphWarning {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(characters, "characters");
        Objects.requireNonNull(lacking, "lacking");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(message, "message");
    }
}
