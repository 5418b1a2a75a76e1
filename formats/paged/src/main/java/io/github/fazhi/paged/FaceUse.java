package io.github.fazhi.paged;

import io.github.fazhi.render.layout.FontRole;
import java.util.List;
import java.util.Objects;

/**
 * Which face a PDF or OFD rendering used for one role and script, and what it tried first.
 *
 * <pre>{@code
 * for (FaceUse use : PdfRenderer.standard().renderWithReport(report, out).faces()) {
 *     System.out.println(use); // BODY east-asian 仿宋_GB2312 → AR PL UMing CN (/usr/share/fonts/…/uming.ttc #0)
 * }
 * }</pre>
 *
 * @param role what the font is used for
 * @param script Chinese characters and full-width punctuation, or digits and Latin letters
 * @param requested the font name the layout profile gives
 * @param face the face used
 * @param tried the names tried before, each with why it was not taken ({@code 仿宋_GB2312（未安装）})
 */
public record FaceUse(FontRole role, Script script, String requested, FontFace face, List<String> tried) {

    /** Which characters a face is used for. */
    public enum Script {
        /** Chinese characters, full-width punctuation and everything not half-width. */
        EAST_ASIAN,
        /** Digits, Latin letters and other half-width characters. */
        LATIN
    }

    /** Checks for nulls. */
    public FaceUse {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(face, "face");
        tried = List.copyOf(tried);
    }

    /** Whether a substitute was used instead of the font the profile names. */
    public boolean substituted() {
        return !face.isNamed(requested);
    }

    @Override
    public String toString() {
        return role + " " + script.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " " + requested + " → "
                + face;
    }
}
