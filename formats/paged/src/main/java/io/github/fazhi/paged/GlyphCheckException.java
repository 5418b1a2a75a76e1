package io.github.fazhi.paged;

import io.github.fazhi.render.layout.FontRole;
import java.util.Objects;

/**
 * A character the report uses is missing from the face chosen for it (and, under
 * {@code GlyphPolicy.WARN_AND_FALL_BACK}, from every fallback face), so it would print as a box: the PDF or OFD
 * renderer refuses before writing anything. The message names the characters, their code points and the font.
 *
 * <pre>{@code
 * try {
 *     pdf.render(report, out);
 * } catch (GlyphCheckException e) {
 *     e.characters(); // "𠀀"
 *     e.face().name(); // "AR PL UMing CN"
 * }
 * }</pre>
 */
public final class GlyphCheckException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String characters;
    private final transient FontFace face;
    private final FontRole role;

    /** The {@code characters} that {@code face}, serving {@code role}, lacks; {@code message} names them for a person. */
    public GlyphCheckException(String message, String characters, FontFace face, FontRole role) {
        super(message);
        this.characters = Objects.requireNonNull(characters, "characters");
        this.face = Objects.requireNonNull(face, "face");
        this.role = Objects.requireNonNull(role, "role");
    }

    /** The missing characters, each once. */
    public String characters() {
        return characters;
    }

    /** The face that lacks them. */
    public FontFace face() {
        return face;
    }

    /** The role the face was chosen for. */
    public FontRole role() {
        return role;
    }
}
