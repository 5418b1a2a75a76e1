package io.github.fazhi.render;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a renderer produces: its format id, media type, usual file extension and, for text formats, the
 * character set. A tool that writes files or answers HTTP requests takes the extension and the
 * {@link #contentType()} from here.
 *
 * <pre>{@code
 * RenderFormat f = Renderers.forFormat("html").format();
 * f.fileExtension(); // "html"
 * f.contentType();   // "text/html; charset=UTF-8"
 * Path out = Path.of("report." + f.fileExtension());
 * }</pre>
 *
 * @param id the format id renderers are found by ({@code text}, {@code markdown}, {@code html},
 *     {@code docx}): lower case letters, digits and {@code -}
 * @param mediaType the media type without parameters ({@code text/html})
 * @param fileExtension the usual file extension without the dot ({@code html})
 * @param charset the character set of a text format; empty for a binary format
 */
public record RenderFormat(String id, String mediaType, String fileExtension, Optional<Charset> charset) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /** Plain text, the same as core's {@code PlainTextWriter} writes. */
    public static final RenderFormat TEXT = text("text", "text/plain", "txt");

    /** CommonMark. */
    public static final RenderFormat MARKDOWN = text("markdown", "text/markdown", "md");

    /** An HTML page or fragment. */
    public static final RenderFormat HTML = text("html", "text/html", "html");

    /** Checks for nulls. */
    public RenderFormat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileExtension, "fileExtension");
        Objects.requireNonNull(charset, "charset");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "a format id is lower case letters, digits and '-', starting with a letter: " + id);
        }
        if (mediaType.isBlank() || mediaType.contains(";")) {
            throw new IllegalArgumentException("media type without parameters expected: " + mediaType);
        }
        if (fileExtension.isBlank() || fileExtension.startsWith(".")) {
            throw new IllegalArgumentException("file extension without the dot expected: " + fileExtension);
        }
    }

    /** A text format encoded in UTF-8. */
    public static RenderFormat text(String id, String mediaType, String fileExtension) {
        return new RenderFormat(id, mediaType, fileExtension, Optional.of(StandardCharsets.UTF_8));
    }

    /** A binary format such as DOCX. */
    public static RenderFormat binary(String id, String mediaType, String fileExtension) {
        return new RenderFormat(id, mediaType, fileExtension, Optional.empty());
    }

    /** Whether the format is text (then its renderer is a {@link TextReportRenderer}). */
    public boolean isText() {
        return charset.isPresent();
    }

    /** The value of an HTTP {@code Content-Type} header: {@code text/html; charset=UTF-8} or the bare media type. */
    public String contentType() {
        return charset.map(c -> mediaType + "; charset=" + c.name()).orElse(mediaType);
    }

    /** Whether {@code name} (a file name or path) ends with this format's extension, ignoring case. */
    public boolean matchesFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("." + fileExtension.toLowerCase(Locale.ROOT));
    }
}
