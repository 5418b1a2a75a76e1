package io.github.fazhi.render;

import java.util.List;
import java.util.Locale;

/**
 * No renderer is available for the requested format id. The message names the id and the formats
 * that are available; {@link #message(Locale)} gives it in English for an English locale.
 *
 * <pre>{@code
 * try {
 *     Renderers.forFormat("pdf");
 * } catch (UnknownFormatException e) {
 *     e.knownFormats(); // [html, markdown, text]
 * }
 * }</pre>
 */
public final class UnknownFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String formatId;
    private final List<String> knownFormats;

    /**
     * @param formatId the id that was asked for
     * @param knownFormats the ids that are available
     */
    public UnknownFormatException(String formatId, List<String> knownFormats) {
        super(chinese(formatId, knownFormats));
        this.formatId = formatId;
        this.knownFormats = List.copyOf(knownFormats);
    }

    /** The id that was asked for. */
    public String formatId() {
        return formatId;
    }

    /** The ids of the formats that are available, sorted. */
    public List<String> knownFormats() {
        return knownFormats;
    }

    /** The message in Chinese, or in English when {@code locale}'s language is not Chinese. */
    public String message(Locale locale) {
        if (locale.getLanguage().equals("zh")) {
            return getMessage();
        }
        return "unknown output format \"" + formatId + "\"; known formats: "
                + (knownFormats.isEmpty() ? "(none)" : String.join(", ", knownFormats));
    }

    private static String chinese(String formatId, List<String> known) {
        return "未知的输出格式“" + formatId + "”；可用的格式：" + (known.isEmpty() ? "（无）" : String.join("、", known));
    }
}
